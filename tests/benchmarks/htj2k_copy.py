#!/usr/bin/env python3
"""High-Throughput JPEG 2000 copies of uncompressed DICOM files, for the decode benchmark.

    htj2k_copy.py OUT_DIR J2C_DIR FILE...

Each FILE (Explicit VR Little Endian, one frame of 16-bit grayscale, pixel data the last element)
is written to OUT_DIR with its pixel data encoded losslessly by OpenJPH's ojph_compress (the
reference HTJ2K encoder) under 1.2.840.10008.1.2.4.201; the bare codestream goes to J2C_DIR (what
the peer, ojph_expand, decodes). Debian 12's OpenJPH (0.9) codes negative samples wrongly: signed
samples x are encoded as the unsigned x + 32768 and the component is marked signed in SIZ, which is
the same coded data a conformant encoder writes for x.
"""
import os
import struct
import subprocess
import sys
import tempfile


def element(data, group, elem, vr):
    tag = struct.pack("<HH", group, elem) + vr
    at = data.find(tag)
    if at < 0:
        raise ValueError(f"({group:04x},{elem:04x}) not found")
    length = struct.unpack_from("<H", data, at + 6)[0]
    return data[at + 8:at + 8 + length]


def convert(path, out_dir, j2c_dir):
    data = open(path, "rb").read()
    rows = struct.unpack("<H", element(data, 0x0028, 0x0010, b"US"))[0]
    cols = struct.unpack("<H", element(data, 0x0028, 0x0011, b"US"))[0]
    signed = struct.unpack("<H", element(data, 0x0028, 0x0103, b"US"))[0] == 1
    pixel_at = data.rfind(b"\xe0\x7f\x10\x00OW\x00\x00")
    length = struct.unpack_from("<I", data, pixel_at + 8)[0]
    if pixel_at < 0 or length != rows * cols * 2 or pixel_at + 12 + length != len(data):
        raise ValueError(f"{path}: not one frame of 16-bit pixels at the end")
    pixels = data[pixel_at + 12:]
    if signed:
        values = struct.unpack(f"<{rows * cols}h", pixels)
        pixels = struct.pack(f"<{rows * cols}H", *[(v + 32768) & 0xFFFF for v in values])
    name = os.path.basename(path)
    with tempfile.TemporaryDirectory() as tmp:
        raw = os.path.join(tmp, "frame.raw")
        j2c = os.path.join(j2c_dir, name + ".j2c")
        open(raw, "wb").write(pixels)
        subprocess.run(["ojph_compress", "-i", raw, "-o", j2c, "-reversible", "true", "-dims", f"{{{cols},{rows}}}",
                        "-num_comps", "1", "-signed", "false", "-bit_depth", "16", "-downsamp", "{1,1}"],
                       check=True, stdout=subprocess.DEVNULL)
    stream = bytearray(open(j2c, "rb").read())
    if signed:
        stream[42] |= 0x80  # SOC, SIZ: the first component's Ssiz
        open(j2c, "wb").write(stream)
    # The file meta's transfer syntax and group length.
    ts_at = data.find(b"\x02\x00\x10\x00UI")
    old = struct.unpack_from("<H", data, ts_at + 6)[0]
    uid = b"1.2.840.10008.1.2.4.201\x00"
    out = bytearray(data[:ts_at] + b"\x02\x00\x10\x00UI" + struct.pack("<H", len(uid)) + uid
                    + data[ts_at + 8 + old:pixel_at])
    struct.pack_into("<I", out, 140, struct.unpack_from("<I", data, 140)[0] + len(uid) - old)
    if len(stream) % 2:
        stream.append(0)
    out += b"\xe0\x7f\x10\x00OB\x00\x00\xff\xff\xff\xff" + b"\xfe\xff\x00\xe0\x00\x00\x00\x00"
    out += b"\xfe\xff\x00\xe0" + struct.pack("<I", len(stream)) + stream + b"\xfe\xff\xdd\xe0\x00\x00\x00\x00"
    open(os.path.join(out_dir, name), "wb").write(out)


if __name__ == "__main__":
    out_dir, j2c_dir = sys.argv[1:3]
    for f in sys.argv[3:]:
        convert(f, out_dir, j2c_dir)
