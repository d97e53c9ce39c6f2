from greetlint.rules_api import TargetRule


class TargetTooLong(TargetRule):
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
    limit = "max_seconds"

    def violation(self, analysis, profile, limit):
        duration = analysis.audio.duration_s
        if duration <= limit.value:
            return None
        return f"Recording is {duration:.0f} s, over {profile.possessive} {limit.value:g} s limit"

    def fix(self, analysis, profile, limit):
        return f"Shorten it below {limit.value:g} s (re-record a tighter script)."

    def span(self, analysis, limit):
        return limit.value, analysis.audio.duration_s
