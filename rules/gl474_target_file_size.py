from greetlint.rules_api import TargetRule
from greetlint.targets import megabytes


class TargetFileSize(TargetRule):
    """The file is larger than the target phone system's upload limit.

    Runs only with a target. Teams and Webex refuse uploads over 5 MB; a 48 kHz 24-bit stereo WAV
    passes that after 17 seconds.

    **Anti-pattern**

        A 20-second greeting exported as 48 kHz 24-bit stereo WAV (5.8 MB) for Teams.

    **Best practice**

        Upload mono at the call's rate: 20 s of 16 kHz 16-bit mono is 0.64 MB (``greetlint fix`` writes it).
    """

    code = "GL474"
    name = "target-file-size"
    limit = "max_size_mb"

    def violation(self, analysis, profile, limit):
        size = analysis.audio.file_bytes
        if size is None or size <= limit.value * 1e6:
            return None
        return f"File is over {profile.possessive} {limit.value:g} MB limit ({megabytes(size)})"
