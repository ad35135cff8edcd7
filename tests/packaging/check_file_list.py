#!/usr/bin/env python3
"""Compares the files a Linux package installs with expected-files.txt, and checks that every hicolor PNG
icon has the size its folder names (they are rendered from the SVG at build time).

  check_file_list.py EXPECTED --dir ROOT          files under an install prefix (cmake --install)
  check_file_list.py EXPECTED --deb PACKAGE.deb   files in a DEB, under its /usr
  check_file_list.py EXPECTED --tgz PACKAGE.tar.gz files in the tarball, under its one top folder
Exits 0 when the lists match, 1 with the differences otherwise."""
import argparse
import io
import os
import re
import struct
import subprocess
import sys
import tarfile


def read_expected(path):
    required, optional = set(), set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("? "):
                optional.add(line[2:].strip())
            else:
                required.add(line)
    return required, optional


def files_in_dir(root):
    found = {}
    for dirpath, _, names in os.walk(root):
        for name in names:
            full = os.path.join(dirpath, name)
            rel = os.path.relpath(full, root).replace(os.sep, "/")
            found[rel] = lambda full=full: open(full, "rb").read(32)
    return found


def files_in_tar(tar, strip):
    found = {}
    for member in tar.getmembers():
        if not (member.isfile() or member.issym()):
            continue
        name = re.sub(r"^\./", "", member.name)
        if not name.startswith(strip):
            raise SystemExit(f"check_file_list: {member.name} lies outside {strip or 'the top folder'}")
        found[name[len(strip):]] = lambda m=member: tar.extractfile(m).read(32)
    return found


def png_size(head):
    if len(head) < 24 or head[:8] != b"\x89PNG\r\n\x1a\n":
        return None
    return struct.unpack(">II", head[16:24])


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("expected")
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--dir")
    source.add_argument("--deb")
    source.add_argument("--tgz")
    args = parser.parse_args()

    required, optional = read_expected(args.expected)
    if args.dir:
        found = files_in_dir(args.dir)
        origin = args.dir
    elif args.deb:
        data = subprocess.run(["dpkg-deb", "--fsys-tarfile", args.deb], check=True, capture_output=True).stdout
        found = files_in_tar(tarfile.open(fileobj=io.BytesIO(data)), "usr/")
        origin = args.deb
    else:
        tar = tarfile.open(args.tgz)
        tops = {m.name.split("/")[0] for m in tar.getmembers()}
        if len(tops) != 1:
            raise SystemExit(f"check_file_list: {args.tgz} should have one top folder, has {sorted(tops)}")
        found = files_in_tar(tar, tops.pop() + "/")
        origin = args.tgz

    problems = []
    problems += [f"missing: {p}" for p in sorted(required - found.keys())]
    problems += [f"unexpected: {p}" for p in sorted(found.keys() - required - optional)]
    for path, read_head in sorted(found.items()):
        match = re.fullmatch(r"share/icons/hicolor/(\d+)x(\d+)/apps/[^/]+\.png", path)
        if match:
            want = (int(match.group(1)), int(match.group(2)))
            got = png_size(read_head())
            if got != want:
                problems.append(f"wrong icon: {path} is {got or 'not a PNG'}, should be {want[0]}x{want[1]}")
    for p in problems:
        print(p)
    print(f"check_file_list: {len(found)} files in {origin}, {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
