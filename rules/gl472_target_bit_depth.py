from greetlint.rules_api import TargetRule
from greetlint.targets import either


class TargetBitDepth(TargetRule):
    """The bits per sample are not what the target phone system accepts.

    Runs only with a target, and only for PCM and G.711 files (compressed codecs have no bit depth).

    **Anti-pattern**

        A 24-bit WAV uploaded to a system that takes 8- or 16-bit WAV.

    **Best practice**

        Export 16-bit (or what the profile lists); ``greetlint fix`` writes it.
    """

    code = "GL472"
    name = "target-bit-depth"
    limit = "bit_depths"

    def violation(self, analysis, profile, limit):
        bits = analysis.audio.bit_depth
        if bits is None or bits in limit.value:
            return None
        return f"Audio is {bits}-bit; {profile.label} takes {either(limit.value)}-bit"
