from greetlint.rules_api import Rule


class TooLong(Rule):
    """The recording is longer than callers will listen to.

    Greetings should take about 15-25 seconds (warning past
    ``greeting-warn-seconds``, error past ``greeting-max-seconds``); a left
    message should stay under ``message-max-seconds`` (30 s). For scripts the
    spoken length is estimated at 150 words per minute.

    **Precision**

    Built for 0.95 or better: a word or time count, not a reading of meaning.

    **Anti-pattern**

        A 45-second greeting that lists office hours, the website, the fax
        number and a holiday schedule before saying when you will call back.

    **Best practice**

        Name, callback window, urgent path, goodbye: under 25 seconds.
    """

    code = "GL301"
    name = "too-long"
    category = "length"
    severity = "warning"

    def check(self, analysis):
        t = analysis.settings.thresholds
        seconds = analysis.spoken_seconds
        how = "" if analysis.audio is not None else " (estimated from the script)"
        if analysis.kind == "greeting":
            if seconds > t.greeting_max_seconds:
                severity = "error"
            elif seconds > t.greeting_warn_seconds:
                severity = "warning"
            else:
                return
            yield self.finding(analysis, f"The greeting runs {seconds:.0f} s{how}; callers hang up after about {t.greeting_warn_seconds:g} s.",
                               "Cut to name, callback window and urgent contact: 15-25 seconds.",
                               severity=severity, **_tail(analysis, t.greeting_warn_seconds))
        elif seconds > t.message_max_seconds:
            severity = "error" if seconds > 2 * t.message_max_seconds else "warning"
            yield self.finding(analysis, f"The message runs {seconds:.0f} s{how}; keep it under {t.message_max_seconds:g} s.",
                               "Say who you are, why you called in one sentence, and your number twice; details can wait for the call.",
                               severity=severity, **_tail(analysis, t.message_max_seconds))


def _tail(analysis, from_seconds: float) -> dict:
    """Point at the part past the limit: by time for audio, by the words past it for scripts."""
    tr = analysis.transcript
    if not tr.words:
        return {}
    if tr.timed:
        end = tr.words[-1].end
        return {"start": min(from_seconds, end), "end": end}
    index = min(len(tr.words) - 1, int(from_seconds / 60.0 * 150))
    return {"char_start": tr.words[index].char_start, "char_end": tr.words[-1].char_end}
