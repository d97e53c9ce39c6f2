from greetlint.rules_api import Rule
from greetlint.targets import either, fix_hint, hedge, severity_of


class TargetBitDepth(Rule):
    """The bits per sample are not what the target phone system accepts.

    Runs only with a target, and only for PCM and G.711 files (compressed codecs have no bit depth).

    **Anti-pattern**

        A 24-bit WAV uploaded to a system that takes 8- or 16-bit WAV.

    **Best practice**

        Export 16-bit (or what the profile lists); ``greetlint fix`` writes it.
    """

    code = "GL472"
    name = "target-bit-depth"
    category = "audio"
    severity = "error"
    needs_audio = True
    needs_speech = False

    def check(self, analysis):
        profile = analysis.settings.target
        bits = analysis.audio.bit_depth
        if profile is None or profile.bit_depths is None or bits is None or bits in profile.bit_depths.value:
            return
        limit = profile.bit_depths
        takes = either(limit.value) + "-bit"
        yield self.finding(analysis, f"Audio is {bits}-bit; {profile.label} takes {takes}{hedge(profile, limit)}.",
                           fix_hint(profile, analysis.path), severity=severity_of(limit))
