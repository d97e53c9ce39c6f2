"""How greetlint's speed compares with a bare faster-whisper loop, and what the cache and fast start buy.

Printed, never asserted.

    python bench/speed.py --quick              # 25 recordings, the comparison rows only: a few minutes
    python bench/speed.py --quick --repeat 3   # the rows of the comparison back to back, 3 rounds
    python bench/speed.py                      # 50 recordings and every row (batch sizes, long files)
    python bench/speed.py --generate-only      # only render the inputs

Inputs (rendered once into --work, outside the repo): greetings and messages composed from
templates (names, companies, phone numbers spoken as digits, callback windows), 2.5-55 s each,
spoken by festival's slt HTS voice via samples/make_samples.sh --render, the formats rotating
through every one a phone system sees: 16 kHz wav, 8 kHz mu-law wav, mp3, Ogg Opus and 44.1 kHz
stereo flac; plus one 10-minute wav made by concatenating renders with sox.

Rows, all in this one run on the same files and the same model (folder, int8). The bare loops call
one replica with a thread per core (faster-whisper's num_workers=1, one file at a time, as a plain
loop does); greetlint check by default decodes two files at once on two replicas of one thread each
(Transcriber.plan_callers):
  bare defaults   one process loads the WhisperModel once and calls transcribe(audio,
                  word_timestamps=True, vad_filter=True) on each file in a plain loop: faster-whisper's
                  defaults otherwise (beam 5, timestamp tokens, numerals allowed, fallback at 2.4)
  bare same opts  the same loop with greetlint's own decoding options (Transcriber.decode_options)
  check cold      greetlint check with an empty cache dir (default jobs and batch size)
  check warm      the same again, every transcript from the cache
  --help
Without --quick also: check seq (--jobs 1 --batch-size 1), --batch-size 4 and 8, --version, and
the 2- and 10-minute files (time and peak RSS).

The machine may be shared: with --repeat N the comparison rows run back to back N times (the
order alternating each round), and the table shows each row's quietest run and, for the ratios,
the median of the rounds' own ratios. The load average before and after is printed.
Each row is a fresh process; its peak RSS comes from wait4(). Stage shares are the --timings
lines greetlint prints on stderr.
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
CONDITIONS = (("wav16k", "wav"), ("ulaw8k", "wav"), ("mp3", "mp3"), ("opus", "opus"), ("flac44", "flac"))
# recording lengths, rotating (4 classes and 5 formats: every length in every format over 20 files)
LENGTHS = ((2.5, 8.0), (8.0, 20.0), (20.0, 35.0), (35.0, 55.0))
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


SHORT = ["You've reached {name}. Please leave a message.", "Hi, it's {first}. Call me back at {alt}.",
         "This is {name} with {company}. Leave a message and I'll call you back {window}.",
         "Hi, you've reached {first}. Leave your number and I'll return your call."]
MESSAGE = ["Hi, this is {name} from {company}, calling about the appointment on Thursday.",
           "I wanted to check whether the paperwork came through, and whether you need anything else from me.",
           "My number is {alt}, that's {alt}, and I'm around until six tonight.",
           "If I miss you, leave the details with {other} and I'll get them tomorrow morning."]


def compose(rng: random.Random, length: int) -> str:
    """A greeting or message script for length class `length` (see LENGTHS)."""
    fields = dict(name=f"{rng.choice(FIRST)} {rng.choice(LAST)}", first=rng.choice(FIRST), other=rng.choice(FIRST),
                  company=rng.choice(COMPANY), window=rng.choice(WINDOW), reason=rng.choice(REASON), alt=phone(rng))
    fields["company_word"] = fields["company"].split()[0].lower()
    if length == 0:
        parts = [rng.choice(SHORT)]
    elif length == 1:
        parts = [rng.choice(OPENINGS), rng.choice(ASKS)]
    elif length == 2:
        parts = [rng.choice(OPENINGS), rng.choice(MIDDLES), rng.choice(ASKS)]
        parts += rng.sample(EXTRAS, rng.randint(1, 2))
        parts.append(rng.choice(CLOSINGS))
    else:
        parts = [rng.choice(OPENINGS), rng.choice(MIDDLES), rng.choice(ASKS)] + rng.sample(EXTRAS, 3)
        parts += MESSAGE[rng.randint(0, 2):] + [rng.choice(CLOSINGS)]
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
    """Render recording number `index`, re-composing until its length is in its LENGTHS class."""
    condition, ext = CONDITIONS[index % len(CONDITIONS)]
    length = index % len(LENGTHS)
    low, high = LENGTHS[length]
    out = folder / f"voicemail_{index:02d}_{condition}.{ext}"
    if out.exists():
        return out
    rng = random.Random(seed * 1000 + index)
    for _attempt in range(10):
        script = folder / f".voicemail_{index:02d}.txt"
        script.write_text(compose(rng, length) + "\n")
        tmp = out.with_name(f".{out.name}")
        subprocess.run(["bash", str(RENDER), "--render", str(script), str(tmp), condition], check=True)
        if low <= duration_s(tmp) <= high:
            os.replace(tmp, out)
            script.rename(out.with_suffix(".txt.src"))
            return out
        tmp.unlink()
    raise SystemExit(f"could not compose a {low}-{high} s recording for #{index}")


def make_long_file(greetings: list[Path], folder: Path) -> Path:
    """Ten minutes of speech: the 16 kHz renders end to end, repeated, cut at 600 s."""
    out = folder / "long" / "ten_minutes.wav"
    if out.exists():
        return out
    out.parent.mkdir(exist_ok=True)
    wavs = [p for p in greetings if "wav16k" in p.name and duration_s(p) >= 8.0]
    total, parts = 0.0, []
    while total < LONG_FILE_S:
        for p in wavs:
            parts.append(str(p))
            total += duration_s(p) + 1.0
            if total >= LONG_FILE_S:
                break
    with tempfile.TemporaryDirectory() as tmp:
        gap = Path(tmp) / "gap.wav"
        subprocess.run(["sox", "-R", "-n", "-r", "16000", "-c", "1", "-b", "16", str(gap), "trim", "0", "1"], check=True)
        spaced = [x for p in parts for x in (p, str(gap))]
        subprocess.run(["sox", "-R", *spaced, str(out), "trim", "0", str(LONG_FILE_S)], check=True)
    return out


def generate(folder: Path, count: int, seed: int) -> tuple[list[Path], Path]:
    greetings_dir = folder / "phone-formats"
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
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "rss_mb": usage.ru_maxrss / 1024, "stderr": stderr}


BARE_LOOP = r"""
import sys, time
t0 = time.perf_counter()
from faster_whisper import WhisperModel, decode_audio
from greetlint.transcribe import Transcriber
t = Transcriber()
t.load()  # the same model folder and int8 compute type as greetlint; one replica, a thread per core
model = t._model
# faster-whisper's defaults, with the word timestamps and VAD a linter needs; or greetlint's own options
options = dict(word_timestamps=True, vad_filter=True) if sys.argv[1] == "defaults" else t.decode_options()
t1 = time.perf_counter()
for path in sys.argv[2:]:
    segments, _ = model.transcribe(decode_audio(path), **options)
    for seg in segments:
        pass
print(f"loop {time.perf_counter() - t1:.3f} load {t1 - t0:.3f}", file=sys.stderr)
"""


def greetlint(*args: str) -> list[str]:
    return [sys.executable, "-m", "greetlint", *args]


STAGE_RE = re.compile(r"^(\w+)\s+([\d.]+) s\s+([\d.]+)%$", re.MULTILINE)


def stage_shares(stderr: str) -> str:
    return ", ".join(f"{name} {share}%" for name, _secs, share in STAGE_RE.findall(stderr))


BARE_DEFAULTS = "bare loop, faster-whisper defaults"
BARE_SAME = "bare loop, greetlint's decode options"
COLD = "greetlint check, cold (empty cache)"
WARM = "greetlint check, cache warm"
SEQ = "greetlint check seq (--jobs 1 --batch-size 1)"
HELP = "greetlint --help"


def measure_all(greetings: list[Path], long_file: Path, repeat: int, quick: bool,
                extra_args: list[str]) -> tuple[dict[str, list[dict]], list[dict]]:
    """Every row's runs, by name; and the comparison's rounds (bare defaults, cold, bare same options)."""
    files = [str(p) for p in greetings]
    runs: dict[str, list[dict]] = {}
    cache_dirs: list[str] = []

    def cold() -> dict:
        cache_dirs.append(tempfile.mkdtemp(prefix="greetlint-speed-cache-"))  # empty: every file a miss
        return run_measured(greetlint("check", "--cache-dir", cache_dirs[-1], "--timings", "--isolated", *extra_args, *files))

    comparison = {BARE_DEFAULTS: lambda: run_measured([sys.executable, "-c", BARE_LOOP, "defaults", *files]),
                  COLD: cold,
                  BARE_SAME: lambda: run_measured([sys.executable, "-c", BARE_LOOP, "same", *files])}
    rounds = []
    for index in range(repeat):  # back to back; the order alternates so no row always follows another
        names = list(comparison) if index % 2 == 0 else list(reversed(comparison))
        one = {}
        for name in names:
            one[name] = comparison[name]()
            runs.setdefault(name, []).append(one[name])
        one["load"] = os.getloadavg()[0]
        rounds.append(one)
    for _ in range(max(repeat, 3)):
        runs.setdefault(WARM, []).append(run_measured(
            greetlint("check", "--cache-dir", cache_dirs[-1], "--timings", "--isolated", *extra_args, *files)))
    runs[HELP] = [run_measured(greetlint("--help")) for _ in range(5)]
    if quick:
        return runs, rounds
    runs[SEQ] = [run_measured(greetlint("check", "--no-cache", "--jobs", "1", "--batch-size", "1", "--timings",
                                        "--isolated", *extra_args, *files)) for _ in range(repeat)]
    for size in (4, 8):  # more windows per model call: faster, and more memory
        runs[f"greetlint check --no-cache --batch-size {size}"] = [run_measured(greetlint(
            "check", "--no-cache", "--batch-size", str(size), "--timings", "--isolated", *extra_args, *files))
            for _ in range(repeat)]
    runs["greetlint --version"] = [run_measured(greetlint("--version")) for _ in range(5)]
    for label, path in (("2-minute cut", short_cut(long_file)), ("10-minute file", long_file)):
        runs[f"{label}, check --no-cache"] = [run_measured(greetlint(
            "check", "--no-cache", "--timings", "--isolated", *extra_args, str(path))) for _ in range(repeat)]
    return runs, rounds


def short_cut(long_file: Path) -> Path:
    """The first two minutes of the long file: its peak RSS against the 10-minute one shows the growth."""
    out = long_file.with_name("two_minutes.wav")
    if not out.exists():
        subprocess.run(["sox", "-R", str(long_file), str(out), "trim", "0", "120"], check=True)
    return out


def stage_seconds(stderr: str) -> dict[str, float]:
    return {name: float(secs) for name, secs, _share in STAGE_RE.findall(stderr)}


def median(values: list[float]) -> float:
    ordered = sorted(values)
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2


def print_table(runs: dict[str, list[dict]], rounds: list[dict]) -> None:
    best = {name: min(ms, key=lambda m: m["wall"]) for name, ms in runs.items()}
    bare = best[BARE_DEFAULTS]["wall"]
    print(f"{'run (quietest of its runs)':<48} {'runs':>4} {'wall s':>8} {'x bare':>7} {'CPU s':>7} {'peak RSS MB':>12}  stage shares (--timings)")
    for name, m in best.items():
        print(f"{name:<48} {len(runs[name]):4d} {m['wall']:8.2f} {m['wall'] / bare:7.2f} {m['cpu']:7.1f} {m['rss_mb']:12.0f}  "
              f"{stage_shares(m['stderr'])}")
    for name in (BARE_DEFAULTS, BARE_SAME):
        loop = float(re.search(r"loop ([\d.]+)", best[name]["stderr"]).group(1))
        print(f"{name}: {loop:.2f} s in the loop; the rest of its wall time is imports and model load")
    print("\nrounds (each: the three comparison rows back to back):")
    for i, r in enumerate(rounds, 1):
        print(f"  round {i}: bare defaults {r[BARE_DEFAULTS]['wall']:6.2f} s  cold check {r[COLD]['wall']:6.2f} s  "
              f"bare same options {r[BARE_SAME]['wall']:6.2f} s  cold / bare defaults "
              f"{r[COLD]['wall'] / r[BARE_DEFAULTS]['wall']:.3f} (CPU s {r[COLD]['cpu']:.1f} / {r[BARE_DEFAULTS]['cpu']:.1f} = "
              f"{r[COLD]['cpu'] / r[BARE_DEFAULTS]['cpu']:.3f})  load {r['load']:.1f}")
    cold_over_defaults = median([r[COLD]["wall"] / r[BARE_DEFAULTS]["wall"] for r in rounds])
    cold_over_same = median([r[COLD]["wall"] / r[BARE_SAME]["wall"] for r in rounds])
    cpu_over_defaults = median([r[COLD]["cpu"] / r[BARE_DEFAULTS]["cpu"] for r in rounds])
    cold = best[COLD]
    stages = stage_seconds(cold["stderr"])
    measures = stages.get("measures", 0.0)
    print("\nratios (median over the rounds):")
    print(f"  cold check / bare defaults        {cold_over_defaults:6.3f}  (<= 1.00)")
    print(f"  cold check / bare defaults, CPU   {cpu_over_defaults:6.3f}  (user + sys seconds; moves less with load)")
    print(f"  cold check / bare same options    {cold_over_same:6.3f}")
    print(f"  cold / warm                       {cold['wall'] / best[WARM]['wall']:6.1f}  (>= 50)")
    print(f"  --help                            {best[HELP]['wall']:6.3f} s (<= 0.3)")
    print(f"  peak RSS, cold check (defaults)   {cold['rss_mb']:6.0f} MB (<= 600)")
    print(f"  measures, cold check              {measures:6.2f} s: {measures / cold['wall']:.1%} of its wall time, "
          f"{measures / (sum(stages.values()) or 1):.1%} of the stage total (<= 5 %)")
    if SEQ in best:
        print(f"  check seq / bare defaults         {best[SEQ]['wall'] / bare:6.3f}")
    if "10-minute file, check --no-cache" in best:
        grown = best["10-minute file, check --no-cache"]["rss_mb"] - best["2-minute cut, check --no-cache"]["rss_mb"]
        print(f"  10-minute vs 2-minute peak RSS    +{grown:.0f} MB for 8 more minutes "
              f"(their decoded float32 samples alone: {8 * 60 * 16000 * 4 / 2**20:.0f} MB)")


def installed_as_a_user_would() -> str:
    """Measure the code as ``pip install .`` leaves it: with its modules compiled to bytecode.

    An editable install (``pip install -e``, what the tests use) in an environment with
    PYTHONDONTWRITEBYTECODE set has no ``.pyc`` files, so every run compiles every module it imports
    again (about 0.15 CPU s, a fifth of a warm check); a regular install compiles them once. Compile
    the package the runs import, as that install would, and say so.
    """
    import compileall
    import importlib.util

    roots: list[str] = []
    for name in ("greetlint", "greetlint.rules"):  # the rules may live outside the package's folder (editable)
        spec = importlib.util.find_spec(name)
        roots += [p for p in (spec.submodule_search_locations or []) if spec and p not in roots]
    done = [root for root in roots if compileall.compile_dir(root, quiet=1)]
    return f"bytecode: compiled {', '.join(done) or 'nothing'} (as a regular install does)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, default=Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "greetlint-bench" / "speed",
                        help="where the generated inputs live (outside the repo)")
    parser.add_argument("--count", type=int, default=None, help="how many recordings [50; 25 with --quick]")
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--repeat", type=int, default=1, help="rounds of the comparison rows, back to back")
    parser.add_argument("--quick", action="store_true", help="25 recordings and the comparison rows only")
    parser.add_argument("--generate-only", action="store_true")
    parser.add_argument("--check-arg", action="append", default=[], metavar="ARG",
                        help="an extra argument for every greetlint check run (repeatable), e.g. --check-arg=--jobs=1")
    args = parser.parse_args()

    count = args.count or (25 if args.quick else 50)
    greetings, long_file = generate(args.work, count, args.seed)
    lengths = [duration_s(p) for p in greetings]
    formats = sorted({p.stem.rsplit("_", 1)[-1] for p in greetings})
    print(f"inputs: {len(greetings)} recordings, {sum(lengths):.0f} s of audio ({min(lengths):.1f}-{max(lengths):.1f} s "
          f"each; {', '.join(formats)}) in {args.work / 'phone-formats'}; {duration_s(long_file):.0f} s long file")
    print(f"machine: {os.cpu_count()} cores, load average {' '.join(f'{x:.2f}' for x in os.getloadavg())} before")
    if args.generate_only:
        return
    print(installed_as_a_user_would())
    runs, rounds = measure_all(greetings, long_file, args.repeat, args.quick, args.check_arg)
    print_table(runs, rounds)
    print(f"machine: load average {' '.join(f'{x:.2f}' for x in os.getloadavg())} after")


if __name__ == "__main__":
    main()
