from greetlint.rules_api import Rule
from greetlint.targets import fix_hint, hedge, severity_of


class TargetTooShort(Rule):
    """The recording is shorter than the target phone system accepts.

    Runs only with a target. Webex refuses announcement files under 5 seconds.

    **Anti-pattern**

        A 3-second "Please hold." prompt uploaded to Webex Calling.

    **Best practice**

        Say a little more, or pad the end with silence (``greetlint fix`` pads it to the minimum).
    """

    code = "GL476"
    name = "target-too-short"
    category = "audio"
    severity = "error"
    needs_audio = True
    needs_speech = False

    def check(self, analysis):
        profile = analysis.settings.target
        if profile is None or profile.min_seconds is None:
            return
        limit, duration = profile.min_seconds, analysis.audio.duration_s
        if duration >= limit.value:
            return
        yield self.finding(analysis, f"Recording is {duration:.1f} s, under {profile.possessive} {limit.value:g} s minimum"
                           f"{hedge(profile, limit)}.", fix_hint(profile, analysis.path), severity=severity_of(limit))
