from greetlint.rules_api import Rule
from greetlint.targets import hedge, severity_of


class TargetTooLong(Rule):
    """The recording is longer than the target phone system allows.

    Runs only with a target. Webex caps voicemail greetings at 2 minutes, Amazon Connect prompts
    at 5; a longer file is refused or cut.

    **Anti-pattern**

        A 2.5-minute greeting for Webex Calling.

    **Best practice**

        Cut it to what callers need (15-25 s for a greeting); this is content, so re-record it.
    """

    code = "GL475"
    name = "target-too-long"
    category = "audio"
    severity = "error"
    needs_audio = True
    needs_speech = False

    def check(self, analysis):
        profile = analysis.settings.target
        if profile is None or profile.max_seconds is None:
            return
        limit, duration = profile.max_seconds, analysis.audio.duration_s
        if duration <= limit.value:
            return
        yield self.finding(analysis, f"Recording is {duration:.0f} s, over {profile.possessive} {limit.value:g} s limit"
                           f"{hedge(profile, limit)}.",
                           f"Shorten it below {limit.value:g} s (re-record a tighter script).",
                           start=limit.value, end=duration, severity=severity_of(limit))
