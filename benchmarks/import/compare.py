"""Rekindle's import side by side with the physical limit and the tools a user would use instead.

    swift build -c release --product rekindle && swift build -c release --product rekindle-bench
    python3 -m pip install duckdb          # DuckDB from PyPI (2.0.0 measured)
    python3 benchmarks/import/compare.py [--messages 2000000] [--seed 42] [--dir /tmp/rk-import-bench] [--scale 4]

It generates a multi-platform archive set with the repo's own generator (LinkedIn CSV, Facebook
and Instagram JSON, Twitter/X JS) unless the folder already holds it, then times, each in a
child process whose peak memory is read from the kernel:

1. unzip -p of every archive to /dev/null (decompression alone, one core);
2. DuckDB loading the CSV and JSON message files (extracted beforehand, not timed) into tables of
   a database file: read_csv for LinkedIn's messages.csv, read_json + unnest for every
   message_N.json (it cannot read Twitter's .js files; Rekindle is timed on the whole set);
3. Python's csv and json modules inserting the same messages into sqlite3;
4. `rekindle import` of the zips into a fresh store (parse, normalize, repair, store, resolve),
   then the same import again (nothing new); and `rekindle import` of exactly the files DuckDB
   reads (LinkedIn's messages.csv, Facebook's and Instagram's message_N.json, hard-linked into
   folders laid out as the archives), the figure issue #17's target is stated in;
5. SQLite alone storing the rows that import stored: the interaction and participant rows copied
   from Rekindle's store into an empty store of the same schema and settings, inside SQLite
   (INSERT ... SELECT: no parsing, no Swift), once with the indexes in place and once with the
   secondary indexes created after the copy. This is the floor any import into this store has.

It prints the figures and the ratios the targets of issue #7 are stated in. With --scale N it
also imports a set N times as large (generated under DIR-xN) and prints the time and memory ratios.
"""

import argparse
import glob
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
RELEASE = os.path.join(ROOT, ".build", "release")


def run(command, **kwargs):
    """Runs `command`; returns its wall-clock seconds."""
    started = time.perf_counter()
    subprocess.run(command, check=True, **kwargs)
    return time.perf_counter() - started


def timed(command, **kwargs):
    """Runs `command` under /usr/bin/time -f %M; returns (seconds, peak RSS in MB).

    The disk's write-back of the step before (a store of 900 MB, extracted files) is finished
    first, so that no step is timed while the kernel writes another's files."""
    os.sync()
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
        started = time.perf_counter()
        subprocess.run(["/usr/bin/time", "-o", report.name, "-f", "%M"] + command, check=True, **kwargs)
        seconds = time.perf_counter() - started
        return seconds, int(report.read().strip().splitlines()[-1]) / 1024


def generate(directory, messages, seed):
    zips = sorted(glob.glob(os.path.join(directory, "*.zip")))
    if len(zips) >= 4:
        return zips
    os.makedirs(directory, exist_ok=True)
    subprocess.run(
        [os.path.join(RELEASE, "rekindle-bench"), "generate", "--out", directory, "--messages", str(messages),
         "--contacts", "5000", "--seed", str(seed)], check=True)
    return sorted(glob.glob(os.path.join(directory, "*.zip")))


def extract(zips, directory):
    target = os.path.join(directory, "extracted")
    if not os.path.isdir(target):
        for path in zips:
            name = os.path.splitext(os.path.basename(path))[0]
            os.makedirs(os.path.join(target, name), exist_ok=True)
            subprocess.run(["unzip", "-q", "-o", path, "-d", os.path.join(target, name)], check=True)
    return target


DUCKDB_LOAD = r"""
import duckdb, glob, os, sys
root, database = sys.argv[1], sys.argv[2]
connection = duckdb.connect(database)
csvs = glob.glob(os.path.join(root, "*", "messages.csv"))
jsons = glob.glob(os.path.join(root, "*", "your_*_activity", "messages", "inbox", "*", "message_*.json"))
connection.execute("CREATE TABLE linkedin AS SELECT * FROM read_csv(?)", [csvs])
connection.execute(
    "CREATE TABLE meta AS SELECT unnest(messages, recursive := true) FROM read_json(?, maximum_object_size = 268435456)",
    [jsons])
rows = connection.execute("SELECT (SELECT count(*) FROM linkedin) + (SELECT count(*) FROM meta)").fetchone()[0]
print(rows)
"""

PYTHON_LOAD = r"""
import csv, glob, json, os, sqlite3, sys
root, database = sys.argv[1], sys.argv[2]
connection = sqlite3.connect(database)
connection.execute("CREATE TABLE message (platform TEXT, sender TEXT, recipients TEXT, sent TEXT, content TEXT)")
rows = 0
for path in glob.glob(os.path.join(root, "*", "messages.csv")):
    with open(path, newline="", encoding="utf-8") as file:
        reader = csv.DictReader(file)
        batch = [("linkedin", r.get("FROM"), r.get("TO"), r.get("DATE"), r.get("CONTENT")) for r in reader]
        connection.executemany("INSERT INTO message VALUES (?, ?, ?, ?, ?)", batch)
        rows += len(batch)
for path in glob.glob(os.path.join(root, "*", "your_*_activity", "messages", "inbox", "*", "message_*.json")):
    with open(path, encoding="utf-8") as file:
        thread = json.load(file)
    batch = [("meta", m.get("sender_name"), None, str(m.get("timestamp_ms")), m.get("content"))
             for m in thread.get("messages", [])]
    connection.executemany("INSERT INTO message VALUES (?, ?, ?, ?, ?)", batch)
    rows += len(batch)
connection.commit()
print(rows)
"""


SQLITE_FLOOR = r"""
import sqlite3, sys, time
source, target, deferred = sys.argv[1], sys.argv[2], sys.argv[3] == "deferred"
connection = sqlite3.connect(target, isolation_level=None)
for pragma in ("journal_mode = WAL", "synchronous = NORMAL", "cache_size = -32768", "temp_store = MEMORY",
               "foreign_keys = ON"):
    connection.execute("PRAGMA " + pragma)
connection.execute("ATTACH ? AS source", (source,))
schema = connection.execute(
    "SELECT type, name, sql FROM source.sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'"
).fetchall()
secondary = [sql for kind, name, sql in schema
             if kind == "index" and name.startswith(("interaction", "participant"))]
for kind, name, sql in schema:
    if not (deferred and sql in secondary):
        connection.execute(sql)
columns = lambda table: ", ".join(row[1] for row in connection.execute(f"PRAGMA source.table_info({table})"))
connection.execute("BEGIN")
for table in ("import", "person", "identity"):
    connection.execute(f"INSERT INTO main.{table} SELECT {columns(table)} FROM source.{table}")
connection.execute("COMMIT")
started = time.perf_counter()
connection.execute("BEGIN")
for table in ("interaction", "interaction_participant"):
    connection.execute(f"INSERT INTO main.{table} ({columns(table)}) SELECT {columns(table)} FROM source.{table}")
if deferred:
    for sql in secondary:
        connection.execute(sql)
connection.execute("COMMIT")
print(f"{time.perf_counter() - started:.3f}")
"""


def floor(store, scratch, variant):
    """SQLite's own time to store the import's rows (see SQLITE_FLOOR); returns seconds."""
    target = os.path.join(scratch, f"floor-{variant}.sqlite")
    output = subprocess.run([sys.executable, "-c", SQLITE_FLOOR, store, target, variant], check=True,
                            capture_output=True, text=True).stdout
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(target + suffix):
            os.remove(target + suffix)
    return float(output.strip())


DUCKDB_FILES = ("messages.csv", os.path.join("your_*_activity", "messages", "inbox", "*", "message_*.json"))


def duckdb_files(extracted, directory):
    """The files DuckDB reads, hard-linked into one folder per archive laid out as the archive."""
    target = os.path.join(directory, "duckdb-files")
    if not os.path.isdir(target):
        for archive in sorted(os.listdir(extracted)):
            for pattern in DUCKDB_FILES:
                for path in glob.glob(os.path.join(extracted, archive, pattern)):
                    link = os.path.join(target, os.path.relpath(path, extracted))
                    os.makedirs(os.path.dirname(link), exist_ok=True)
                    os.link(path, link)
    return sorted(os.path.join(target, name) for name in os.listdir(target))


def measure(zips, directory, label):
    results = {}
    unzip_seconds = 0.0
    for path in zips:
        unzip_seconds += run(["sh", "-c", f"unzip -p '{path}' > /dev/null"])
    results["unzip"] = (unzip_seconds, None)
    extracted = extract(zips, directory)
    with tempfile.TemporaryDirectory() as scratch:
        results["duckdb"] = timed([sys.executable, "-c", DUCKDB_LOAD, extracted, os.path.join(scratch, "d.duckdb")],
                                  stdout=subprocess.DEVNULL)
        results["python"] = timed([sys.executable, "-c", PYTHON_LOAD, extracted, os.path.join(scratch, "p.sqlite")],
                                  stdout=subprocess.DEVNULL)
        store = os.path.join(scratch, "rekindle.sqlite")
        rekindle = os.path.join(RELEASE, "rekindle")
        results["rekindle"] = timed([rekindle, "import", "--quiet", "--store", store] + zips)
        results["reimport"] = timed([rekindle, "import", "--quiet", "--store", store] + zips)
        same_files = duckdb_files(extracted, directory)
        results["rekindle-duckdb-files"] = timed(
            [rekindle, "import", "--quiet", "--store", os.path.join(scratch, "same-files.sqlite")] + same_files)
        results["floor"] = (floor(store, scratch, "indexed"), None)
        results["floor-deferred"] = (floor(store, scratch, "deferred"), None)
    size = sum(os.path.getsize(p) for p in glob.glob(os.path.join(extracted, "**", "*"), recursive=True)
               if os.path.isfile(p))
    print(f"\n{label}: {len(zips)} archives, {size / 1e6:.1f} MB uncompressed")
    print(f"{'step':<44}{'seconds':>9}{'peak MB':>9}")
    names = {
        "unzip": "unzip -p every archive to /dev/null",
        "duckdb": "DuckDB read_csv + read_json into tables",
        "python": "Python csv/json into sqlite3",
        "rekindle": "rekindle import (fresh store)",
        "rekindle-duckdb-files": "rekindle import of DuckDB's files only",
        "reimport": "rekindle import again (nothing new)",
        "floor": "SQLite alone: the same rows, indexes in place",
        "floor-deferred": "SQLite alone: the same rows, indexes after",
    }
    for key, name in names.items():
        seconds, peak = results[key]
        print(f"{name:<44}{seconds:>9.2f}{'' if peak is None else f'{peak:9.0f}'}")
    first = results["rekindle"][0]
    same = results["rekindle-duckdb-files"][0]
    print(f"rekindle / DuckDB, same files: {same / results['duckdb'][0]:.2f}x   (target at most 2x)")
    print(f"rekindle / DuckDB:        {first / results['duckdb'][0]:.2f}x   (whole set, Twitter/X included)")
    print(f"rekindle / unzip:         {first / results['unzip'][0]:.2f}x")
    print(f"rekindle / Python:        {first / results['python'][0]:.2f}x   (target at most 0.5x)")
    print(f"SQLite floor / DuckDB:    {results['floor'][0] / results['duckdb'][0]:.2f}x "
          f"(indexes after: {results['floor-deferred'][0] / results['duckdb'][0]:.2f}x)")
    print(f"rekindle / SQLite floor:  {first / results['floor'][0]:.2f}x")
    print(f"re-import / import:       {results['reimport'][0] / first:.2f}    (target under 0.33)")
    print(f"rekindle peak memory:     {results['rekindle'][1]:.0f} MB   (target under 150 MB)")
    return results


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=2_000_000)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--dir", default="/tmp/rk-import-bench")
    parser.add_argument("--scale", type=int, default=0, help="also import a set this many times as large")
    arguments = parser.parse_args()
    base = measure(generate(arguments.dir, arguments.messages, arguments.seed), arguments.dir, "set")
    if arguments.scale > 1:
        scaled_dir = f"{arguments.dir}-x{arguments.scale}"
        scaled = measure(generate(scaled_dir, arguments.messages * arguments.scale, arguments.seed), scaled_dir,
                         f"set x{arguments.scale}")
        ratio = scaled["rekindle"][0] / base["rekindle"][0]
        limit = 1.1 * arguments.scale
        print(f"\nscaling x{arguments.scale}: time {ratio:.2f}x (target at most {limit:.1f}x), "
              f"peak memory {scaled['rekindle'][1]:.0f} MB vs {base['rekindle'][1]:.0f} MB")


if __name__ == "__main__":
    main()
