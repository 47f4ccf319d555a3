"""Writing generated pages to their cache folder (real files that MkDocs and plugins can open).

The folder belongs to the generator: files no longer generated are removed, and files whose
text did not change are left alone, so their modification times stay put.
"""

from __future__ import annotations

from pathlib import Path


def write_pages(root: Path, files: dict[str, str]) -> None:
    """Make `root` hold exactly `files` (docs path -> text) plus nothing else."""
    root.mkdir(parents=True, exist_ok=True)
    for rel, text in files.items():
        target = root / rel
        data = text.encode("utf-8")
        if target.is_file() and target.read_bytes() == data:
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f".{target.name}.tmp")
        tmp.write_bytes(data)
        tmp.replace(target)
    wanted = {root / rel for rel in files}
    for path in sorted(root.rglob("*"), reverse=True):
        if path.is_file() and path not in wanted:
            path.unlink()
        elif path.is_dir() and not any(path.iterdir()):
            path.rmdir()
