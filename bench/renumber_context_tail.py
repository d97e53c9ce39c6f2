#!/usr/bin/env python3
"""A tried and not kept variant of the re-hearing, replayed: the window's text as <|startofprev|> context.

    python bench/renumber_context_tail.py K replay CAPTURE.pkl [more.pkl ...] [--show]

Replaces ``renumber._decode_group`` for one ``bench/renumber_replay.py replay`` run. Each stretch's
prompt becomes ``<|startofprev|>`` + text[:P] + ``<|startoftranscript|><|notimestamps|>`` + text[P:start],
P = (the call's smallest stretch start) - K (CTranslate2 wants ``<|startoftranscript|>`` at the same
place in every row of a call): the text before the last K tokens goes through the decoder in one pass
instead of one step per token. The length limit lets each row take the same steps as main's, all 5
beam hypotheses are asked for and their scores rescaled to main's length (CTranslate2 scores the
forced tokens 0 and divides by the hypothesis with its forced prefix) before the best 4 are kept, so
only the decoder's state differs from main's. Measured 2026-12-02 on blind16 numbers: see
bench/README.md ("What a stretch's prompt costs"). Prints what replay prints.
"""
from __future__ import annotations

import sys
from pathlib import Path


def decode_group(tail: int):
    from greetlint import renumber
    from greetlint.batching import _rows

    def _decode_group(model, tokenizer, prompt, encoded_rows, jobs, group, keep, beam_size) -> None:
        starts = [jobs[i].tok_start for i in group]
        longest = max(renumber._budget(jobs[i]) for i in group)
        steps = min(model.max_length, 2 * (len(prompt) + max(starts)) + longest + 16) // 2  # main's, per row
        context = max(0, min(starts) - tail)
        prompts = [([tokenizer.sot_prev] + jobs[i].tokens[:context] if context else [])
                   + prompt + jobs[i].tokens[context:jobs[i].tok_start] for i in group]
        steps -= context
        max_length = max(2 * steps, steps + context + len(prompt)) if context else 2 * steps
        rows = encoded_rows if group == list(range(len(jobs))) else _rows(encoded_rows, group)
        beam = max(beam_size, renumber.HYPOTHESES)
        results = model.model.generate(
            rows, prompts, beam_size=beam, num_hypotheses=beam, max_length=max_length, return_scores=True,
            suppress_blank=False, suppress_tokens=renumber.suppress_list(tokenizer.tokenizer, keep))
        numbers = renumber.number_token_ids(tokenizer.tokenizer)
        for i, result in zip(group, results):
            job = jobs[i]
            forced = job.tokens[context:job.tok_start]
            found = []
            for seq, score in zip(result.sequences_ids, result.scores):
                seq, score = list(seq), float(score)
                if seq[:len(forced)] == forced:
                    score = score * len(seq) / (len(seq) + context) if seq else score
                    seq = seq[len(forced):]
                found.append((seq, score))
            for seq, score in sorted(found, key=lambda h: -h[1])[:renumber.HYPOTHESES]:
                cut = next((k for k, t in enumerate(seq) if t not in numbers), len(seq))
                job.hypotheses.append((seq[:min(cut, renumber._budget(job))], score))

    return _decode_group


def main() -> None:
    from greetlint import renumber

    tail = int(sys.argv[1])
    renumber._decode_group = decode_group(tail)
    sys.path.insert(0, str(Path(__file__).parent))
    import renumber_replay

    print(f"context tail: the last {tail} tokens forced")
    sys.argv = ["renumber_replay.py"] + sys.argv[2:]
    renumber_replay.main()


if __name__ == "__main__":
    main()
