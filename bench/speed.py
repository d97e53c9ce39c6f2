"""How close greetlint gets to bare faster-whisper, and what the cache and fast start buy (printed, never asserted).

    python bench/speed.py                      # generate inputs once (cached), then measure and print the table
    python bench/speed.py --repeat 3           # every row the quietest (fastest) of 3 runs: the machine is shared
    python bench/speed.py --generate-only      # only render the 50 greetings and the 10-minute file

Inputs (rendered once into --work, outside the repo): 50 greetings of 15-30 s composed from
templates (names, companies, numbers, callback windows), spoken by festival's slt HTS voice via
samples/make_samples.sh --render, in mixed formats (16 kHz wav, 8 kHz mu-law wav, mp3), plus one
10-minute wav made by concatenating renders with sox.

Rows, all in this one run on the same files and recogniser settings:
  bare loop      one process: load the same WhisperModel once, transcribe each file in a plain loop
  check seq      greetlint check --no-cache --jobs 1 --batch-size 1 (cold process, model files warm)
  check batch    greetlint check with an empty cache dir (default jobs and batch size)
  check warm     the same again, every transcript from the cache
  --batch-size   4 and 8 windows per model call (--no-cache): the speed/memory trade
  --help, --version
  10-minute      greetlint check --no-cache on the 10-minute file
Each greetlint row is a fresh process; its peak RSS comes from wait4(). Stage shares are the
--timings lines greetlint prints on stderr.
"""
from __future__ import annotations

import argparse
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RENDER = ROOT / "samples" / "make_samples.sh"
CONDITIONS = (("wav16k", "wav"), ("ulaw8k", "wav"), ("mp3", "mp3"))
MIN_S, MAX_S = 15.0, 30.0
LONG_FILE_S = 600.0

FIRST = ["Megan", "Luis", "Priya", "Tom", "Aisha", "Daniel", "Grace", "Omar", "Hannah", "Victor", "Chloe", "Marcus"]
LAST = ["Foster", "Ortiz", "Raman", "Becker", "Khan", "Novak", "Lee", "Haddad", "Brooks", "Silva", "Moreau", "Grant"]
COMPANY = ["Oak Hill Dental", "Riverside Plumbing", "Northgate Insurance", "Blue Harbor Realty", "Summit Legal",
           "Maple Street Pharmacy", "Cedar Valley Vets", "Brightline Accounting", "Harbor View Clinic"]
WINDOW = ["before five PM today", "within one business day", "by noon tomorrow", "by the end of the day",
          "within two hours", "on Monday morning"]
REASON = ["I'm with a client right now", "I'm away from my desk", "I'm on another call", "the office is closed",
          "I'm out of the office until Tuesday the fourth"]
DIGITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]

OPENINGS = ["Hi, you've reached {name} at {company}.", "Thank you for calling {company}. This is {name}.",
            "Hello, this is {name} with {company}."]
MIDDLES = ["{reason}.", "Sorry I missed you; {reason}.", "{reason}, and I can't take your call."]
ASKS = ["Please leave your name, your number and a short message, and I'll call you back {window}.",
        "Leave a message after the tone with the best number to reach you, and I'll return your call {window}.",
        "Tell me your name, number and the reason for your call, and I'll get back to you {window}."]
EXTRAS = ["If it's urgent, call {alt} and ask for {other}.",
          "For billing questions, press two, or email billing at {company_word} dot com.",
          "If you need help right away, our front desk is at {alt}.",
          "You can also reach {other} on {alt} between nine and five, Monday to Friday.",
          "Our office hours are eight thirty to six, Monday through Saturday."]
CLOSINGS = ["Thank you, and have a great day.", "Thanks for calling.", "Talk to you soon."]


def phone(rng: random.Random) -> str:
    digits = [rng.choice(DIGITS) for _ in range(10)]
    return f"{' '.join(digits[:3])}, {' '.join(digits[3:6])}, {' '.join(digits[6:])}"


def compose(rng: random.Random) -> str:
    """A greeting script of roughly 45-90 words (15-30 s for the slt voice)."""
    fields = dict(name=f"{rng.choice(FIRST)} {rng.choice(LAST)}", other=rng.choice(FIRST), company=rng.choice(COMPANY),
                  window=rng.choice(WINDOW), reason=rng.choice(REASON), alt=phone(rng))
    fields["company_word"] = fields["company"].split()[0].lower()
    parts = [rng.choice(OPENINGS), rng.choice(MIDDLES), rng.choice(ASKS)]
    parts += rng.sample(EXTRAS, rng.randint(1, 2))
    parts.append(rng.choice(CLOSINGS))
    text = " ".join(p.format(**fields) for p in parts)
    return text[0].upper() + text[1:]


def duration_s(path: Path) -> float:
    out = subprocess.run(["soxi", "-D", str(path)], capture_output=True, text=True)
    if out.returncode == 0 and out.stdout.strip():
        return float(out.stdout)
    probe = subprocess.run(["ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", str(path)],
                           capture_output=True, text=True, check=True)
    return float(probe.stdout)


def render_one(index: int, folder: Path, seed: int) -> Path:
    """Render greeting number `index`, re-composing until it lasts 15-30 s."""
    condition, ext = CONDITIONS[index % len(CONDITIONS)]
    out = folder / f"greeting_{index:02d}_{condition}.{ext}"
    if out.exists():
        return out
    rng = random.Random(seed * 1000 + index)
    for _attempt in range(6):
        script = folder / f".greeting_{index:02d}.txt"
        script.write_text(compose(rng) + "\n")
        tmp = out.with_name(f".{out.name}")
        subprocess.run(["bash", str(RENDER), "--render", str(script), str(tmp), condition], check=True)
        if MIN_S <= duration_s(tmp) <= MAX_S:
            os.replace(tmp, out)
            script.rename(out.with_suffix(".txt.src"))
            return out
        tmp.unlink()
    raise SystemExit(f"could not compose a {MIN_S:.0f}-{MAX_S:.0f} s greeting for #{index}")


def make_long_file(greetings: list[Path], folder: Path) -> Path:
    """Ten minutes of speech: the 16 kHz renders end to end, repeated, cut at 600 s."""
    out = folder / "long" / "ten_minutes.wav"
    if out.exists():
        return out
    out.parent.mkdir(exist_ok=True)
    wavs = [p for p in greetings if "wav16k" in p.name]
    total, parts = 0.0, []
    while total < LONG_FILE_S:
        for p in wavs:
            parts.append(str(p))
            total += duration_s(p) + 1.0
            if total >= LONG_FILE_S:
                break
    with tempfile.TemporaryDirectory() as tmp:
        gap = Path(tmp) / "gap.wav"
        subprocess.run(["sox", "-n", "-r", "16000", "-c", "1", "-b", "16", str(gap), "trim", "0", "1"], check=True)
        spaced = [x for p in parts for x in (p, str(gap))]
        subprocess.run(["sox", *spaced, str(out), "trim", "0", str(LONG_FILE_S)], check=True)
    return out


def generate(folder: Path, count: int, seed: int) -> tuple[list[Path], Path]:
    greetings_dir = folder / "greetings"
    greetings_dir.mkdir(parents=True, exist_ok=True)
    with ThreadPoolExecutor(max_workers=2) as pool:  # festival is single-threaded; the machine has 2 cores
        greetings = list(pool.map(lambda i: render_one(i, greetings_dir, seed), range(count)))
    return greetings, make_long_file(greetings, folder)


# -- measuring ------------------------------------------------------------------------------------
def run_measured(cmd: list[str], env: dict | None = None) -> dict:
    """Run a command to the end; its wall time, peak RSS (MB, from wait4) and stderr."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    stderr = proc.stderr.read().decode(errors="replace")
    _pid, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - started
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd[:4])} ... failed ({proc.returncode}):\n{stderr[-2000:]}")
    return {"wall": wall, "rss_mb": usage.ru_maxrss / 1024, "stderr": stderr}


BARE_LOOP = r"""
import sys, time
t0 = time.perf_counter()
from faster_whisper import WhisperModel, decode_audio
from greetlint.transcribe import Transcriber
t = Transcriber()
t.load()  # the same model folder, threads and int8 compute type as greetlint
model = t._model
t1 = time.perf_counter()
for path in sys.argv[1:]:
    segments, _ = model.transcribe(decode_audio(path), **t.decode_options())
    for seg in segments:
        pass
print(f"loop {time.perf_counter() - t1:.3f} load {t1 - t0:.3f}", file=sys.stderr)
"""


def greetlint(*args: str) -> list[str]:
    return [sys.executable, "-m", "greetlint", *args]


def quietest(runs: int, measure) -> dict:
    """The fastest of `runs` measurements: the least disturbed by other work on a shared machine."""
    return min((measure() for _ in range(runs)), key=lambda m: m["wall"])


STAGE_RE = re.compile(r"^(\w+)\s+([\d.]+) s\s+([\d.]+)%$", re.MULTILINE)


def stage_shares(stderr: str) -> str:
    return ", ".join(f"{name} {share}%" for name, _secs, share in STAGE_RE.findall(stderr))


def measure_all(greetings: list[Path], long_file: Path, repeat: int) -> list[tuple[str, dict]]:
    files = [str(p) for p in greetings]
    rows: list[tuple[str, dict]] = []
    rows.append(("bare faster-whisper loop", quietest(repeat, lambda: run_measured([sys.executable, "-c", BARE_LOOP, *files]))))
    rows.append(("greetlint check seq (--jobs 1 --batch-size 1)", quietest(repeat, lambda: run_measured(
        greetlint("check", "--no-cache", "--jobs", "1", "--batch-size", "1", "--timings", "--isolated", *files)))))
    cache_dirs: list[str] = []

    def cold_batch() -> dict:
        cache_dirs.append(tempfile.mkdtemp(prefix="greetlint-speed-cache-"))  # empty: every file a miss
        return run_measured(greetlint("check", "--cache-dir", cache_dirs[-1], "--timings", "--isolated", *files))

    rows.append(("greetlint check batched (cold, empty cache)", quietest(repeat, cold_batch)))
    rows.append(("greetlint check batched, cache warm", quietest(max(repeat, 3), lambda: run_measured(
        greetlint("check", "--cache-dir", cache_dirs[-1], "--timings", "--isolated", *files)))))
    for size in (4, 8):  # more windows per model call: faster, and ~90 MB more each
        rows.append((f"greetlint check batched --batch-size {size}", quietest(repeat, lambda size=size: run_measured(
            greetlint("check", "--no-cache", "--batch-size", str(size), "--timings", "--isolated", *files)))))
    rows.append(("greetlint --help", quietest(5, lambda: run_measured(greetlint("--help")))))
    rows.append(("greetlint --version", quietest(5, lambda: run_measured(greetlint("--version")))))
    for label, path in (("2-minute cut", short_cut(long_file)), ("10-minute file", long_file)):
        rows.append((f"{label}, check --no-cache", quietest(repeat, lambda path=path: run_measured(
            greetlint("check", "--no-cache", "--timings", "--isolated", str(path))))))
    return rows


def short_cut(long_file: Path) -> Path:
    """The first two minutes of the long file: its peak RSS against the 10-minute one shows the growth."""
    out = long_file.with_name("two_minutes.wav")
    if not out.exists():
        subprocess.run(["sox", str(long_file), str(out), "trim", "0", "120"], check=True)
    return out


def print_table(rows: list[tuple[str, dict]], bare_loop_s: float) -> None:
    named = dict(rows)
    bare = named["bare faster-whisper loop"]["wall"]
    print(f"{'run':<48} {'wall s':>8} {'x bare':>7} {'peak RSS MB':>12}  stage shares (--timings)")
    for name, m in rows:
        print(f"{name:<48} {m['wall']:8.2f} {m['wall'] / bare:7.2f} {m['rss_mb']:12.0f}  {stage_shares(m['stderr'])}")
    print(f"\nbare loop: {bare_loop_s:.2f} s transcribing; the rest of its wall time is imports and model load")
    grown = named["10-minute file, check --no-cache"]["rss_mb"] - named["2-minute cut, check --no-cache"]["rss_mb"]
    print(f"10-minute vs 2-minute peak RSS: +{grown:.0f} MB for 8 more minutes "
          f"(their decoded float32 samples alone: {8 * 60 * 16000 * 4 / 2**20:.0f} MB)")
    cold = named["greetlint check batched (cold, empty cache)"]["wall"]
    warm = named["greetlint check batched, cache warm"]["wall"]
    seq = named["greetlint check seq (--jobs 1 --batch-size 1)"]["wall"]
    print("targets:")
    print(f"  sequential check / bare       {seq / bare:5.2f}  (<= 1.10)")
    print(f"  batched check / bare          {cold / bare:5.2f}  (<= 0.67)")
    print(f"  cold batched / warm           {cold / warm:5.1f}  (>= 50)")
    print(f"  --help                        {named['greetlint --help']['wall']:5.2f} s (<= 0.3)")
    batch_rss = max(named[k]["rss_mb"] for k in ("greetlint check seq (--jobs 1 --batch-size 1)",
                                                  "greetlint check batched (cold, empty cache)",
                                                  "greetlint check batched, cache warm"))
    print(f"  peak RSS batch (defaults)     {batch_rss:5.0f} MB (<= 600)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, default=Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "greetlint-bench" / "speed",
                        help="where the generated inputs live (outside the repo)")
    parser.add_argument("--count", type=int, default=50, help="how many greetings")
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--repeat", type=int, default=1, help="runs per row; the quietest is shown")
    parser.add_argument("--generate-only", action="store_true")
    args = parser.parse_args()

    greetings, long_file = generate(args.work, args.count, args.seed)
    total = sum(duration_s(p) for p in greetings)
    print(f"inputs: {len(greetings)} greetings, {total:.0f} s of audio in {args.work / 'greetings'}; "
          f"{duration_s(long_file):.0f} s long file; {os.cpu_count()} cores, load {os.getloadavg()[0]:.2f}")
    if args.generate_only:
        return
    rows = measure_all(greetings, long_file, args.repeat)
    bare_loop = float(re.search(r"loop ([\d.]+)", dict(rows)["bare faster-whisper loop"]["stderr"]).group(1))
    print_table(rows, bare_loop)


if __name__ == "__main__":
    main()
