#!/usr/bin/env python3
"""What a text prompt costs CTranslate2's Whisper.generate, on a stored encoder output.

    python bench/prompt_cost.py CAPTURE.pkl [--tokens 5 50 150] [--batch 1 2 4]

CAPTURE.pkl is a ``bench/renumber_replay.py capture`` file; the window with the most text is used
(its text repeated where a longer prompt is asked). For each prompt length N, the CPU seconds of one
``generate`` call (the best of --repeat) with the re-hearing's constrained vocabulary and a length
limit just past the prompt (one step generated), the text given three ways:

* forced: ``<|startoftranscript|><|notimestamps|>`` + N text tokens, as ``renumber._decode_group``
  gives a stretch's window text (CTranslate2 forces text after the last special token one decoder
  step per token inside the search), at beam 5 and at beam 1;
* context: ``<|startofprev|>`` + N text tokens + ``<|startoftranscript|><|notimestamps|>`` (text before
  ``<|startoftranscript|>`` goes through the decoder in one pass, ``forward_prompt``), beam 5;
* align: ``Whisper.align`` of the N tokens (one pass, what ``score_candidates`` pays).

The per-token figures are the slopes between the shortest and the longest N. ``--batch`` also times
the forced prompt with the same row repeated B times in one call (CPU per row). Prints figures,
asserts nothing; on a shared machine compare the figures of one run, not across runs.
"""
from __future__ import annotations

import argparse
import pickle
import time
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("capture", type=Path)
    ap.add_argument("--tokens", type=int, nargs="+", default=[5, 50, 150])
    ap.add_argument("--batch", type=int, nargs="*", default=[])
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()

    import ctranslate2
    import numpy as np

    from greetlint import renumber
    from greetlint.batching import BatchTranscriber
    from greetlint.transcribe import Transcriber

    with open(args.capture, "rb") as fh:
        rounds = pickle.load(fh)["rounds"]
    transcriber = Transcriber()
    transcriber.load()
    decoder = BatchTranscriber(transcriber)._decoder()
    tokenizer, model, prompt = decoder.tokenizer, decoder.model.model, list(decoder.prompt)
    encoded, tokens, _ = max(rounds, key=lambda r: max(len(t) for t in r[1]))
    row = max(range(len(tokens)), key=lambda i: len(tokens[i]))
    text = list(tokens[row]) * (1 + max(args.tokens) // max(1, len(tokens[row])))
    suppress = renumber.suppress_list(tokenizer.tokenizer, frozenset({tokenizer.eot}))

    def cpu(fn) -> float:
        best = float("inf")
        for _ in range(args.repeat):
            start = time.process_time()
            fn()
            best = min(best, time.process_time() - start)
        return best * 1000

    def generate(prompts, forced, beam, x, context=0):
        # CTranslate2 counts the forced text in the length limit and halves it, and takes the tokens before
        # <|notimestamps|> off it (min(limit / 2, limit - those)): a step or two past the prompt
        limit = max(2 * (forced + 2), context + 2 + forced + 2)
        return lambda: model.generate(x, prompts, beam_size=beam, max_length=limit, return_scores=True,
                                      suppress_blank=False, suppress_tokens=suppress)

    one = ctranslate2.StorageView.from_array(np.ascontiguousarray(encoded[row:row + 1]))
    rows = {}
    for n in args.tokens:
        forced = prompt + text[:n]
        context = [tokenizer.sot_prev] + text[:n] + prompt
        rows[n] = {
            "forced, beam 5": cpu(generate([forced], n, 5, one)),
            "forced, beam 1": cpu(generate([forced], n, 1, one)),
            "context, beam 5": cpu(generate([context], 0, 5, one, context=n + 1)),
            "align": cpu(lambda: model.align(one, prompt[:-1], [text[:n]], 1500)),
        }
        print(f"{n:4d} tokens: " + ", ".join(f"{k} {v:.0f} ms" for k, v in rows[n].items()), flush=True)
    lo, hi = min(args.tokens), max(args.tokens)
    if hi > lo:
        print("per prompt token (CPU ms): " + ", ".join(
            f"{k} {(rows[hi][k] - rows[lo][k]) / (hi - lo):.2f}" for k in rows[hi]))
    n = sorted(args.tokens)[len(args.tokens) // 2]
    for b in args.batch:
        x = ctranslate2.StorageView.from_array(np.ascontiguousarray(np.repeat(encoded[row:row + 1], b, axis=0)))
        ms = cpu(generate([prompt + text[:n]] * b, n, 5, x))
        print(f"batch {b}, {n} tokens forced, beam 5: {ms:.0f} ms, {ms / b:.0f} ms a row", flush=True)


if __name__ == "__main__":
    main()
