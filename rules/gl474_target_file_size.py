from greetlint.rules_api import Rule
from greetlint.targets import fix_hint, hedge, megabytes, severity_of


class TargetFileSize(Rule):
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
    category = "audio"
    severity = "error"
    needs_audio = True
    needs_speech = False

    def check(self, analysis):
        profile = analysis.settings.target
        size = analysis.audio.file_bytes
        if profile is None or profile.max_size_mb is None or size is None:
            return
        limit = profile.max_size_mb
        if size <= limit.value * 1e6:
            return
        yield self.finding(analysis, f"File is over {profile.possessive} {limit.value:g} MB limit "
                           f"({megabytes(size)}){hedge(profile, limit)}.",
                           fix_hint(profile, analysis.path), severity=severity_of(limit))
