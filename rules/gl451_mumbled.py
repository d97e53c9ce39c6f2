from greetlint.rules_api import Rule


class Mumbled(Rule):
    """Words the recogniser could barely make out: callers will struggle too.

    Low recognition confidence points at mumbling, swallowed words or a bad line.

    **Anti-pattern**

        A name said quickly and under the breath: "y'reached-dnortiz".

    **Best practice**

        Say the flagged words slowly and clearly, close to the microphone.
    """

    code = "GL451"
    name = "mumbled"
    category = "clarity"
    severity = "warning"
    needs_audio = True

    def check(self, analysis):
        limits = analysis.settings.thresholds
        how = analysis.delivery
        share, stretch = (how.low_confidence_share, how.mumbled) if how else (None, None)
        if share is None or stretch is None:
            return
        unclear_share = share > limits.low_confidence_share_max
        unclear_stretch = stretch.mean_probability < limits.mumble_probability_min
        if not (unclear_share or unclear_stretch):
            return
        message = f"Hard to make out: '{stretch.text}'"
        if unclear_share:
            message += f" ({share:.0%} of all words were uncertain)"
        yield self.finding(analysis, message + ".", "Re-record those words slowly and clearly, close to the microphone.",
                           start=stretch.start, end=stretch.end)
