from pathlib import Path

from greetlint.rules_api import TargetRule
from greetlint.targets import accepted_formats, codec_family, describe_codec, file_type


class FormatNotAccepted(TargetRule):
    """The file type or codec is one the target phone system does not accept.

    Runs only with a target (``--target NAME`` or ``target`` in the config). An upload in the wrong
    format is refused, or played as noise: Talkdesk, for one, fails on AAC audio saved as ".mp3".

    **Anti-pattern**

        greeting.mp3 (AAC audio in a file named .mp3) uploaded to a system that takes MP3 or WAV.

    **Best practice**

        Export what the profile lists (``greetlint targets``), or let ``greetlint fix --target NAME`` convert it.
    """

    code = "GL470"
    name = "target-format-not-accepted"
    limit = "formats"

    def violation(self, analysis, profile, limit):
        audio = analysis.audio
        ftype, family = file_type(audio.container, analysis.path), codec_family(audio.codec)
        accepted = limit.value
        suffix = Path(analysis.path).suffix.lower().lstrip(".")
        named = f" in a file named .{suffix}" if suffix and suffix not in (ftype, "wave") else ""
        codec = describe_codec(family)
        if ftype not in accepted and named:  # e.g. AAC saved as .mp3: Talkdesk's documented failure
            what = f"{codec} audio ({ftype.upper()} container){named}" if codec.upper() != ftype.upper() \
                else f"{codec} audio{named}"
        elif ftype not in accepted:
            what = f"{ftype.upper()} file{'' if codec.upper() == ftype.upper() else f' ({codec})'}"
        elif family not in accepted[ftype]:
            what = f"{describe_codec(family)} audio in a {ftype.upper()} file{named}"
        else:
            return None
        return f"{what}: {profile.label} accepts {accepted_formats(profile)}"
