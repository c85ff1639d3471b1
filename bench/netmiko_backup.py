#!/usr/bin/python3
"""The seeds' approach to backups, for comparison: a Python script with Netmiko that reads a CSV of devices,
logs in to each one (with a thread pool of the given size), enters enable mode, runs `show running-config` and
writes one file per device plus a JSON status file. Credentials come from the environment
(BENCH_USERNAME, BENCH_PASSWORD, BENCH_SECRET), never from the command line.

Usage: netmiko_backup.py DEVICES.csv OUT_DIR WORKERS
Prints one JSON line: {"ok": n, "failed": n, "wall": seconds, "millis": [per device]}.
"""
import csv
import json
import os
import sys
import time
from concurrent.futures import ThreadPoolExecutor

from netmiko import ConnectHandler


def backup(row, out_dir, username, password, secret):
    start = time.monotonic()
    try:
        connection = ConnectHandler(device_type=row["device_type"], host=row["host"], port=int(row["port"]),
                                    username=username, password=password, secret=secret)
        try:
            connection.enable()
            config = connection.send_command("show running-config")
        finally:
            connection.disconnect()
        with open(os.path.join(out_dir, row["hostname"] + ".cfg"), "w") as f:
            f.write(config)
        ok = config.rstrip().endswith("end")
        return {"hostname": row["hostname"], "ok": ok, "millis": int((time.monotonic() - start) * 1000)}
    except Exception as e:  # the seed's script records the failure and goes on
        return {"hostname": row["hostname"], "ok": False, "error": type(e).__name__,
                "millis": int((time.monotonic() - start) * 1000)}


def main():
    devices_csv, out_dir, workers = sys.argv[1], sys.argv[2], int(sys.argv[3])
    username, password, secret = (os.environ["BENCH_USERNAME"], os.environ["BENCH_PASSWORD"],
                                  os.environ["BENCH_SECRET"])
    with open(devices_csv) as f:
        rows = list(csv.DictReader(f))
    start = time.monotonic()
    with ThreadPoolExecutor(max_workers=workers) as pool:
        results = list(pool.map(lambda r: backup(r, out_dir, username, password, secret), rows))
    wall = time.monotonic() - start
    with open(os.path.join(out_dir, "status.json"), "w") as f:
        json.dump(results, f)
    ok = sum(1 for r in results if r["ok"])
    print(json.dumps({"ok": ok, "failed": len(results) - ok, "wall": wall,
                      "millis": [r["millis"] for r in results]}))


if __name__ == "__main__":
    main()
