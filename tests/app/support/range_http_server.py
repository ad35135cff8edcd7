#!/usr/bin/env python3
"""A small HTTP server for the download tests, bound to 127.0.0.1 only.

Serves the files under --root, honours `Range: bytes=N-` / `bytes=N-M`, and misbehaves on request, chosen by
the URL's query so that each test picks its own fault:

  fault=drop    send the body up to byte `at` of the file, then close the connection
  fault=stall   send the body up to byte `at`, then send nothing for `stall_seconds` (default 60)
  fault=status  answer with HTTP `code` (default 500) and no file
  fault=norange ignore Range and always send the whole file with 200
  fault=wrong   send the file with one byte changed (same size)
  times=K       the fault applies to the first K requests of this exact URL only (default: every request)
  rate=B        send at most B bytes per second (to give a test time to pause)

Prints the port it listens on as the first line of stdout. Appends one line per request to --log:
"<path-and-query> <Range header or ->".
"""
import argparse
import os
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

CHUNK = 16 * 1024


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format, *args):  # keep the test output quiet
        pass

    def do_GET(self):
        server = self.server
        parsed = urllib.parse.urlsplit(self.path)
        query = dict(urllib.parse.parse_qsl(parsed.query))
        range_header = self.headers.get("Range")
        with server.lock:
            with open(server.log_path, "a") as log:
                log.write(f"{self.path} {range_header or '-'}\n")
            count = server.counts.get(self.path, 0) + 1
            server.counts[self.path] = count
        fault = query.get("fault", "")
        if fault and "times" in query and count > int(query["times"]):
            fault = ""

        relative = urllib.parse.unquote(parsed.path).lstrip("/")
        path = os.path.realpath(os.path.join(server.root, relative))
        if not path.startswith(server.root + os.sep) or not os.path.isfile(path):
            self.send_plain(404, b"no such file")
            return
        if fault == "status":
            self.send_plain(int(query.get("code", "500")), b"fault")
            return
        with open(path, "rb") as f:
            data = f.read()
        if fault == "wrong" and data:
            data = bytes([data[0] ^ 0xFF]) + data[1:]

        size = len(data)
        start, end = 0, size - 1
        partial = False
        if range_header and fault != "norange" and range_header.startswith("bytes="):
            first, _, last = range_header[len("bytes="):].partition("-")
            start = int(first) if first else 0
            end = min(int(last), size - 1) if last else size - 1
            if start >= size:
                self.send_response(416)
                self.send_header("Content-Range", f"bytes */{size}")
                self.send_header("Content-Length", "0")
                self.send_header("Connection", "close")
                self.end_headers()
                return
            partial = True

        self.send_response(206 if partial else 200)
        self.send_header("Content-Type", "application/octet-stream")
        self.send_header("Content-Length", str(end - start + 1))
        self.send_header("Accept-Ranges", "bytes")
        if partial:
            self.send_header("Content-Range", f"bytes {start}-{end}/{size}")
        self.send_header("Connection", "close")
        self.end_headers()

        cut = int(query.get("at", size)) if fault in ("drop", "stall") else size
        rate = int(query.get("rate", "0"))
        position = start
        try:
            while position <= end:
                stop = min(end + 1, position + CHUNK)
                if position < cut <= stop - 1 or (position >= cut):
                    stop = max(position, cut)
                if stop > position:
                    self.wfile.write(data[position:stop])
                    self.wfile.flush()
                if stop == cut and cut <= end:
                    if fault == "stall":
                        time.sleep(float(query.get("stall_seconds", "60")))
                    return  # drop (or stalled out): close without the rest
                position = stop
                if rate:
                    time.sleep(CHUNK / rate)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def send_plain(self, code, body):
        self.send_response(code)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(body)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", required=True)
    parser.add_argument("--log", required=True)
    args = parser.parse_args()
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    server.root = os.path.realpath(args.root)
    server.log_path = args.log
    server.lock = threading.Lock()
    server.counts = {}
    print(server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
