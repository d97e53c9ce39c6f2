#!/usr/bin/env python3
"""The re-hearing of number stretches (greetlint.renumber) replayed on stored encoder outputs.

    python bench/renumber_replay.py capture FOLDER OUT.pkl     # decode FOLDER once, store every round
    python bench/renumber_replay.py replay OUT.pkl [OUT2.pkl ...] [--show]

``capture`` decodes every recording of FOLDER as ``greetlint check`` does (the batched path, two
recordings at a time) and stores, for each decoding round with a stretch to hear again, the
round's encoder output, its first-pass tokens and the tokens the re-hearing put in their place.

``replay`` runs the re-hearing of the worktree's greetlint (``_WindowDecoder._hear_numbers_again``:
``renumber.plan``, ``decode_jobs``, ``apply``) on the stored rounds and prints how many windows
came out with the same tokens as when captured, and the CPU seconds of each CTranslate2 call
kind. No encoder pass and no first-pass decode, so a change to how stretches are decoded is
checked for exactness in a minute instead of a full ``greetlint check`` of each voice set: a
window that comes out the same gives the same words, facts and findings downstream. The clip
phase (``renumber.hear_in_clips``) is not replayed. Prints figures, asserts nothing.

The CPU seconds of one machine shared with others move by 10-20 % from run to run; compare
variants in alternation, and the call counts, rather than one pair of figures.
"""
from __future__ import annotations

import argparse
import collections
import copy
import pickle
import sys
import time
from pathlib import Path

AUDIO = {".wav", ".mp3", ".opus", ".ogg", ".flac", ".m4a"}


class _Timed:
    """A CTranslate2 Whisper whose generate/align/encode calls add their CPU seconds to `stats`."""

    def __init__(self, model, stats):
        self._model, self._stats = model, stats

    def __getattr__(self, name):
        value = getattr(self._model, name)
        if name not in ("generate", "align", "encode"):
            return value

        def timed(*a, **k):
            start = time.process_time()
            try:
                return value(*a, **k)
            finally:
                key = f"{name} (from {sys._getframe(1).f_code.co_name})"
                self._stats[key][0] += 1
                self._stats[key][1] += time.process_time() - start
        return timed


def capture(folder: Path, out: Path) -> None:
    import numpy as np

    from greetlint import batching, renumber
    from greetlint.audio import decode
    from greetlint.batching import BatchTranscriber
    from greetlint.transcribe import Transcriber

    rounds = []
    original = batching._WindowDecoder._hear_numbers_again

    def hear(self, encoded, tokens):
        before = copy.deepcopy(tokens)
        after = original(self, encoded, tokens)
        if renumber.plan(self.tokenizer, before):
            rounds.append((np.asarray(encoded).copy(), before, copy.deepcopy(after)))
        return after

    batching._WindowDecoder._hear_numbers_again = hear
    files = sorted(p for p in folder.rglob("*") if p.suffix.lower() in AUDIO)
    samples = [decode(str(f)).samples for f in files]
    transcriber = Transcriber()
    transcriber.load()
    batcher = BatchTranscriber(transcriber)
    start = time.process_time()
    for i in range(0, len(samples), 2):
        batcher.transcribe_many(samples[i:i + 2])
    print(f"{len(files)} recordings, {len(rounds)} rounds with a stretch, {time.process_time() - start:.1f} CPU s")
    with open(out, "wb") as fh:
        pickle.dump({"folder": str(folder), "rounds": rounds}, fh)


def replay(paths: list[Path], show: bool, settings: list[str] = ()) -> None:
    import ctranslate2

    from greetlint import renumber
    from greetlint.batching import BatchTranscriber
    from greetlint.transcribe import Transcriber

    for setting in settings:  # a module constant of greetlint.renumber, tried without editing it
        name, value = setting.split("=", 1)
        if not hasattr(renumber, name):
            raise SystemExit(f"greetlint.renumber has no {name}")
        setattr(renumber, name, None if value == "None" else type(getattr(renumber, name) or 0)(value))
        print(f"renumber.{name} = {getattr(renumber, name)!r}")
    transcriber = Transcriber()
    transcriber.load()
    decoder = BatchTranscriber(transcriber)._decoder()
    stats: dict[str, list] = collections.defaultdict(lambda: [0, 0.0])
    decoder.model.model = _Timed(decoder.model.model, stats)
    same = differ = 0
    for path in paths:
        with open(path, "rb") as fh:
            rounds = pickle.load(fh)["rounds"]
        for encoded, tokens, want in rounds:
            got = decoder._hear_numbers_again(ctranslate2.StorageView.from_array(encoded), [list(t) for t in tokens])
            for g, w in zip(got, want):
                if list(g) == list(w):
                    same += 1
                    continue
                differ += 1
                if show:
                    print(f"{path.name}:\n  was: {decoder.tokenizer.decode(w)}\n  now: {decoder.tokenizer.decode(g)}")
    print(f"windows: {same} the same, {differ} different")
    for key, (calls, cpu) in sorted(stats.items()):
        print(f"  {key:40s} {calls:4d} calls {cpu:7.2f} CPU s")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("capture")
    c.add_argument("folder", type=Path)
    c.add_argument("out", type=Path)
    r = sub.add_parser("replay")
    r.add_argument("captures", nargs="+", type=Path)
    r.add_argument("--show", action="store_true", help="print the windows that differ")
    r.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                   help="set a constant of greetlint.renumber for the replay (FORCED_TAIL=16)")
    args = ap.parse_args()
    if args.cmd == "capture":
        capture(args.folder, args.out)
    else:
        replay(args.captures, args.show, args.set)


if __name__ == "__main__":
    main()
