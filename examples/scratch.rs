use npview::{array, np};
fn main() {
    let mut arr = array![10, 20, 30, 40, 50];
    let mut view = np!(&mut arr[1:4]);
    println!("{view}");
    view[0] = 999;
    println!("{view}");
    println!("{arr}");
    let copy = np!(arr[1:4]).copy();
    let picked = np!(arr[[0, 2, 4]]);
    let big = np!(arr[arr > 25]);
    np!(arr[[0, 2]] = 0);
    println!("{copy} {picked} {big} {arr}");
    let e: i32 = np!(arr[-1]);
    let r: &i32 = np!(&arr[0]);
    println!("{e} {r} {:?}", arr);
    let m = array![[1, 2, 3], [4, 5, 6]];
    println!("{}", np!(m[:, ::-1]));
    println!("{}", np!(m[m[:, 0] > 3]));
    println!("{:?}", np!(try m[5]));
}
