#!/usr/bin/env python3
"""Every public item of npview's crates has a runnable example in its docs.

Reads rustdoc's JSON (`cargo +nightly rustdoc -p CRATE -- -Z unstable-options --output-format
json`, which this script runs) and walks what users can reach: public items that are not
`#[doc(hidden)]`, the inherent methods of public types, and the items of public traits. An
example is a code block (three backticks) in the item's own docs. Enum variants, struct fields
and the associated constants and types of a trait are covered by their parent's example; a
trait's methods need their own.

    python3 scripts/check_doc_examples.py    # exits 1 and lists the items without one
"""
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CRATES = ["npview-core", "npview-macros", "npview"]
COVERED_BY_PARENT = {"variant", "struct_field", "assoc_const", "assoc_type"}


def rustdoc_json(crate):
    target = Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))
    subprocess.run(
        ["cargo", "+nightly", "rustdoc", "--quiet", "-p", crate, "--",
         "-Z", "unstable-options", "--output-format", "json"],
        cwd=ROOT, check=True)
    return json.loads((target / "doc" / f"{crate.replace('-', '_')}.json").read_text())


def is_hidden(item):
    return any("hidden" in (a if isinstance(a, str) else json.dumps(a))
               for a in item.get("attrs", []))


def missing_examples(doc):
    """(kind, path) of each reachable public item without an example."""
    index = doc["index"]
    seen, missing = set(), []

    def walk(item_id, path):
        key = str(item_id)
        if key in seen or key not in index:
            return
        seen.add(key)
        item = index[key]
        if item.get("crate_id", 0) != 0 or is_hidden(item):
            return
        kind, inner = next(iter(item["inner"].items()))
        name = item.get("name")
        here = path + [name] if name and kind != "use" else path
        if kind not in ("module", "use", "impl") and kind not in COVERED_BY_PARENT:
            if item.get("visibility") in ("public", "default") and "```" not in (item.get("docs") or ""):
                missing.append((kind, "::".join(here)))
        if kind == "module":
            for child in inner["items"]:
                walk(child, here)
        elif kind in ("struct", "enum", "union"):
            for child in inner.get("impls", []):
                walk(child, here)
        elif kind == "trait":
            for child in inner["items"]:
                walk(child, here)
        elif kind == "impl":
            # Trait impls are documented at the trait; synthetic and blanket ones are rustdoc's.
            if inner.get("trait") is None and not inner.get("is_synthetic") \
                    and inner.get("blanket_impl") is None:
                for child in inner["items"]:
                    walk(child, path)
        elif kind == "use" and inner.get("id") is not None:
            walk(inner["id"], path)

    walk(doc["root"], [])
    return missing


def main():
    missing = []
    for crate in CRATES:
        found = missing_examples(rustdoc_json(crate))
        print(f"{crate}: {len(found)} public items without an example")
        missing += found
    for kind, path in missing:
        print(f"  {kind} {path}")
    sys.exit(1 if missing else 0)


if __name__ == "__main__":
    main()
