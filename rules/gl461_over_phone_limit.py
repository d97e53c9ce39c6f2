from greetlint.rules_api import Rule


class OverPhoneSystemLimit(Rule):
    """The greeting is longer than phone systems accept.

    Many voicemail systems cap greetings at 60 seconds and cut the rest, or refuse the upload.

    **Precision**

    The length is measured, not guessed; the doubt is whether the file is a greeting at all. An
    error only when the kind is sure (given by ``--kind``/``kinds`` or clearly detected); on an
    unsure kind it is a warning.

    **Anti-pattern**

        A 75-second greeting listing office hours, directions and holidays.

    **Best practice**

        Keep the greeting under 30 seconds; put details on the website.
    """

    code = "GL461"
    name = "over-phone-system-limit"
    category = "audio"
    severity = "error"
    kinds = ("greeting",)
    needs_audio = True
    needs_speech = False

    def check(self, analysis):
        limit = analysis.settings.thresholds.phone_system_max_seconds
        duration = analysis.audio.duration_s
        if duration <= limit:
            return
        yield self.finding(analysis, f"Greeting is {duration:.0f} s; many phone systems cut greetings at {limit:.0f} s.",
                           f"Cut it below {limit:.0f} s (ideally under 30 s); everything after {limit:.0f} s may never be heard.",
                           start=limit, end=duration)
