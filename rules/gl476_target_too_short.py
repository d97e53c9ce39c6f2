from greetlint.rules_api import TargetRule


class TargetTooShort(TargetRule):
    """The recording is shorter than the target phone system accepts.

    Runs only with a target. Webex refuses announcement files under 5 seconds.

    **Anti-pattern**

        A 3-second "Please hold." prompt uploaded to Webex Calling.

    **Best practice**

        Say a little more, or pad the end with silence (``greetlint fix`` pads it to the minimum).
    """

    code = "GL476"
    name = "target-too-short"
    limit = "min_seconds"

    def violation(self, analysis, profile, limit):
        duration = analysis.audio.duration_s
        if duration >= limit.value:
            return None
        return f"Recording is {duration:.1f} s, under {profile.possessive} {limit.value:g} s minimum"
