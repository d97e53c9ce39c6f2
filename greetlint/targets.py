"""Phone-system targets: what a phone system accepts for an uploaded greeting or prompt.

Profiles are data (``greetlint/profiles/targets.toml``, one table each); a user's own profile is a
TOML file of the same shape (``--target path/to/profile.toml``). Every limit carries its source and
whether the vendor documents it: the GL47x rules make a documented limit an error and a third-party
one a warning that says so. ``greetlint fix`` writes the profile's ``output`` format; ``--phone-check``
renders the recording through its ``phone-codec``. See docs/targets.md.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Optional

# RFC 7874 section 4: speech at -19 dBm0 (+-6 dB). G.711's full-scale sine is +3.17 dBm0, so that is
# -22 dB under a full-scale sine: the usual "-22 dBFS". greetlint's dBFS (measures.speech_level_dbfs,
# active-speech RMS) is referred to a full-scale square wave, 3 dB above a sine, so -22 here is about
# -16 dBm0: inside the tolerance, and a little hotter for the line losses. A profile's
# speech-level-dbfs = -25 gives -19 dBm0 exactly.
TELEPHONY_SPEECH_DBFS = -22.0
TELEPHONY_SOURCE = "https://www.rfc-editor.org/rfc/rfc7874#section-4"

FILE_TYPES = ("wav", "mp3", "wma", "aiff", "gsm", "ogg", "flac", "m4a", "aac", "au", "amr", "webm", "caf")
CODECS = ("pcm", "mulaw", "alaw", "mp3", "wma", "gsm", "aac", "vorbis", "opus", "flac", "g722", "adpcm", "amr")
PHONE_CODECS = ("mulaw", "alaw")
OUTPUT_FORMATS = {"wav": ("pcm", "mulaw", "alaw")}  # what `greetlint fix` can write

# PyAV (FFmpeg) demuxer name -> the file type a phone system's page calls it
_CONTAINER_TYPES = {"wav": "wav", "w64": "wav", "mp3": "mp3", "asf": "wma", "aiff": "aiff", "gsm": "gsm", "ogg": "ogg",
                    "flac": "flac", "mov,mp4,m4a,3gp,3g2,mj2": "m4a", "aac": "aac", "au": "au", "amr": "amr",
                    "matroska,webm": "webm", "caf": "caf"}
_CODEC_FAMILIES = {"pcm_mulaw": "mulaw", "pcm_alaw": "alaw", "mp3": "mp3", "mp3float": "mp3", "wmav1": "wma",
                   "wmav2": "wma", "wmapro": "wma", "gsm": "gsm", "gsm_ms": "gsm", "aac": "aac", "vorbis": "vorbis",
                   "opus": "opus", "libopus": "opus", "flac": "flac", "g722": "g722", "amr_nb": "amr", "amr_wb": "amr"}
_LIMIT_KEYS = ("formats", "sample-rates", "bit-depths", "channels", "max-size-mb", "min-seconds", "max-seconds")
LIMIT_FIELDS = tuple(key.replace("-", "_") for key in _LIMIT_KEYS)  # the Profile fields that hold a Limit
_KEYS = ("title", "phone-codec", "output", "speech-level-dbfs") + _LIMIT_KEYS


class TargetError(Exception):
    """An unknown target name or a bad profile file; the CLI prints it as one line (exit 2)."""


@dataclass(frozen=True)
class Limit:
    value: Any
    documented: bool
    source: str


@dataclass(frozen=True)
class Output:
    format: str = "wav"
    codec: str = "pcm"
    sample_rate: int = 8000
    channels: int = 1
    bit_depth: int = 16  # linear PCM only; mu-law and A-law are 8-bit

    @property
    def av_codec(self) -> str:
        return {"mulaw": "pcm_mulaw", "alaw": "pcm_alaw"}.get(self.codec) or \
            {8: "pcm_u8", 16: "pcm_s16le", 24: "pcm_s24le", 32: "pcm_s32le"}[self.bit_depth]

    @property
    def sample_bits(self) -> int:
        return 8 if self.codec in ("mulaw", "alaw") else self.bit_depth

    def describe(self) -> str:
        codec = {"mulaw": "mu-law", "alaw": "A-law"}.get(self.codec, f"{self.bit_depth}-bit PCM")
        return f"{self.sample_rate / 1000:g} kHz {'mono' if self.channels == 1 else 'stereo'} {codec} {self.format.upper()}"


@dataclass(frozen=True)
class Profile:
    name: str
    title: str
    origin: str  # "built-in" or the profile file
    phone_codec: str = "mulaw"
    output: Output = field(default_factory=Output)
    speech_level_dbfs: float = TELEPHONY_SPEECH_DBFS
    formats: Optional[Limit] = None  # value: {file type: [codec, ...]}
    sample_rates: Optional[Limit] = None
    bit_depths: Optional[Limit] = None
    channels: Optional[Limit] = None
    max_size_mb: Optional[Limit] = None
    min_seconds: Optional[Limit] = None
    max_seconds: Optional[Limit] = None

    @property
    def label(self) -> str:
        """The system's name for messages: the title up to its parenthesis."""
        return self.title.split(" (")[0].strip() or self.name

    @property
    def possessive(self) -> str:
        return f"{self.label}'" if self.label.endswith("s") else f"{self.label}'s"

    def limits(self) -> list[tuple[str, Limit]]:
        return [(key, getattr(self, key.replace("-", "_"))) for key in _LIMIT_KEYS
                if getattr(self, key.replace("-", "_")) is not None]

    def sources(self) -> list[str]:
        return list(dict.fromkeys(limit.source for _, limit in self.limits()))


def file_type(container: Optional[str], path: str = "") -> str:
    """The file type of a decoded file ('wav', 'mp3', ...), from the demuxer that read it."""
    if container in _CONTAINER_TYPES:
        return _CONTAINER_TYPES[container]
    suffix = Path(path).suffix.lower().lstrip(".")
    return container or suffix or "unknown"


def codec_family(codec: Optional[str]) -> str:
    """'pcm' for any linear PCM, else the codec's family name ('mulaw', 'mp3', 'aac', ...)."""
    codec = codec or "unknown"
    if codec.startswith("pcm_") and codec not in _CODEC_FAMILIES:
        return "pcm"
    if codec.startswith("adpcm"):
        return "adpcm"
    return _CODEC_FAMILIES.get(codec, codec)


def describe_codec(family: str) -> str:
    return {"pcm": "linear PCM", "mulaw": "mu-law", "alaw": "A-law", "mp3": "MP3", "wma": "WMA", "gsm": "GSM",
            "aac": "AAC", "vorbis": "Vorbis", "opus": "Opus", "flac": "FLAC", "g722": "G.722"}.get(family, family)


def describe_file(audio, path: str = "") -> str:
    """'48 kHz 24-bit stereo linear PCM WAV' from a file's facts (AudioInfo or DecodedAudio)."""
    family = codec_family(audio.codec)
    codec, ftype = describe_codec(family), file_type(audio.container, path).upper()
    bits = f" {audio.bit_depth}-bit" if audio.bit_depth and family == "pcm" else ""
    layout = {1: "mono", 2: "stereo"}.get(audio.channels, f"{audio.channels}-channel")
    rate = getattr(audio, "sample_rate", None) or getattr(audio, "source_rate", 0)
    return f"{rate / 1000:g} kHz{bits} {layout} " + (ftype if codec == ftype else f"{codec} {ftype}")


def accepted_formats(profile: Profile) -> str:
    """'WAV (mu-law)' / 'WAV (linear PCM, mu-law), MP3' for messages."""
    parts = []
    for ftype, codecs in profile.formats.value.items():
        inner = [describe_codec(c) for c in codecs if describe_codec(c).upper() != ftype.upper()]
        parts.append(ftype.upper() + (f" ({', '.join(inner)})" if inner else ""))
    return ", ".join(parts)


# -- loading ---------------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def builtin_profiles() -> dict[str, Profile]:
    with resources.files("greetlint.profiles").joinpath("targets.toml").open("rb") as fh:
        doc = tomllib.load(fh)
    return {name: parse_profile(name, table, "built-in") for name, table in doc.items()}


def load_target(spec: str, base_dir: Optional[Path] = None) -> Profile:
    """A built-in profile by name, or the profile in a TOML file (relative paths from ``base_dir``)."""
    if not isinstance(spec, str) or not spec:
        raise TargetError("target must be a profile name or a .toml file")
    profiles = builtin_profiles()
    if spec in profiles:
        return profiles[spec]
    path = Path(spec)
    if base_dir is not None and not path.is_absolute():
        path = base_dir / path
    if path.suffix.lower() != ".toml" and not path.is_file():
        raise TargetError(f"unknown target {spec!r} (known: {', '.join(profiles)}; or a profile .toml file)")
    from .config import read_toml  # config imports this module lazily (the target key)

    doc = read_toml(path, spec, "target profile", TargetError)
    if "title" in doc:  # the keys at the top level: the file is the profile
        return parse_profile(path.stem, doc, str(spec))
    tables = {k: v for k, v in doc.items() if isinstance(v, dict)}
    if len(tables) != 1:
        raise TargetError(f"{spec}: a profile file holds one profile table (found {len(tables)})")
    (name, table), = tables.items()
    return parse_profile(name, table, str(spec))


def parse_profile(name: str, table: dict, origin: str) -> Profile:
    where = f"{origin}: target '{name}'" if origin != "built-in" else f"built-in target '{name}'"
    unknown = sorted(set(table) - set(_KEYS))
    if unknown:
        raise TargetError(f"{where}: unknown key '{unknown[0]}' (known: {', '.join(_KEYS)})")
    title = table.get("title")
    if not isinstance(title, str) or not title:
        raise TargetError(f"{where}: 'title' (the system's name) is required")
    values: dict[str, Any] = {"name": name, "title": title, "origin": origin}
    codec = table.get("phone-codec", "mulaw")
    if codec not in PHONE_CODECS:
        raise TargetError(f"{where}: phone-codec must be one of {', '.join(PHONE_CODECS)}")
    values["phone_codec"] = codec
    values["output"] = _output(table.get("output", {}), where)
    if "speech-level-dbfs" in table:
        values["speech_level_dbfs"] = _number(table["speech-level-dbfs"], f"{where}: speech-level-dbfs", -40, -10)
    for key in _LIMIT_KEYS:
        if key in table:
            values[key.replace("-", "_")] = _limit(key, table[key], f"{where}: {key}")
    return Profile(**values)


def _limit(key: str, raw, where: str) -> Limit:
    if not isinstance(raw, dict) or "value" not in raw:
        raise TargetError(f"{where}: expected a table {{ value = ..., documented = true|false, source = \"...\" }}")
    extra = sorted(set(raw) - {"value", "documented", "source"})
    if extra:
        raise TargetError(f"{where}: unknown key '{extra[0]}' (known: value, documented, source)")
    documented, source = raw.get("documented", False), raw.get("source", "")
    if not isinstance(documented, bool):
        raise TargetError(f"{where}: documented must be true or false")
    if not isinstance(source, str) or not source:
        raise TargetError(f"{where}: source (a URL or where the figure comes from) is required")
    value = raw["value"]
    if key == "formats":
        if not isinstance(value, dict) or not value:
            raise TargetError(f"{where}: value must be a table of file type -> list of codecs")
        for ftype, codecs in value.items():
            if ftype not in FILE_TYPES:
                raise TargetError(f"{where}: unknown file type {ftype!r} (known: {', '.join(FILE_TYPES)})")
            if not isinstance(codecs, list) or not codecs or any(c not in CODECS for c in codecs):
                raise TargetError(f"{where}.{ftype}: expected a list of codecs from {', '.join(CODECS)}")
        value = {ftype: tuple(codecs) for ftype, codecs in value.items()}
    elif key in ("sample-rates", "bit-depths", "channels"):
        if not isinstance(value, list) or not value or not all(isinstance(v, int) and not isinstance(v, bool) and v > 0 for v in value):
            raise TargetError(f"{where}: value must be a list of positive whole numbers")
        value = tuple(value)
    else:
        value = _number(value, where, 0, None)
    return Limit(value=value, documented=documented, source=source)


def _output(raw, where: str) -> Output:
    if not isinstance(raw, dict):
        raise TargetError(f"{where}: output must be a table")
    extra = sorted(set(raw) - {"format", "codec", "sample-rate", "channels", "bit-depth"})
    if extra:
        raise TargetError(f"{where}: output: unknown key '{extra[0]}'")
    out = Output(format=raw.get("format", "wav"), codec=raw.get("codec", "pcm"), sample_rate=raw.get("sample-rate", 8000),
                 channels=raw.get("channels", 1), bit_depth=raw.get("bit-depth", 16))
    if out.format not in OUTPUT_FORMATS or out.codec not in OUTPUT_FORMATS[out.format]:
        raise TargetError(f"{where}: output: greetlint fix writes WAV with codec pcm, mulaw or alaw")
    if out.sample_rate not in (8000, 11025, 16000, 22050, 32000, 44100, 48000) or out.channels not in (1, 2) \
            or out.bit_depth not in (8, 16, 24, 32):
        raise TargetError(f"{where}: output: unsupported sample-rate, channels or bit-depth")
    return out


def _number(value, where: str, low, high) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TargetError(f"{where}: expected a number, got {value!r}")
    if (low is not None and value < low) or (high is not None and value > high):
        raise TargetError(f"{where}: {value} is out of range")
    return float(value)


# -- `greetlint targets` ---------------------------------------------------------------------------
def listing() -> list[str]:
    """Every bundled profile: name, title, what fix writes, and its sources."""
    lines = []
    for profile in builtin_profiles().values():
        documented = sum(limit.documented for _, limit in profile.limits())
        lines.append(f"{profile.name:<16} {profile.title}")
        lines.append(f"{'':<16} writes {profile.output.describe()}; {documented} of {len(profile.limits())} limits "
                     "from the vendor's pages")
        lines += [f"{'':<16} source: {source}" for source in profile.sources()]
    return lines


def describe(profile: Profile) -> list[str]:
    """One profile: every limit with its value and source."""
    lines = [f"{profile.name}: {profile.title}  ({profile.origin})"]
    for key, limit in profile.limits():
        value = limit.value
        if isinstance(value, dict):
            value = "; ".join(f"{k}: {', '.join(v)}" for k, v in value.items())
        elif isinstance(value, tuple):
            value = ", ".join(str(v) for v in value)
        else:
            value = f"{value:g}"
        kind = "vendor" if limit.documented else "third-party"
        lines += [f"  {key:<13} {value}", f"  {'':<13} [{kind}] {limit.source}"]
    lines.append(f"  {'fix writes':<13} {profile.output.describe()}, speech at {profile.speech_level_dbfs:g} dBFS")
    lines.append(f"  {'phone line':<13} G.711 {profile.phone_codec}, 8 kHz, 300-3400 Hz")
    return lines


# -- what the GL47x rules say ----------------------------------------------------------------------
def severity_of(limit: Limit) -> str:
    """A limit the vendor documents is an error; a third-party figure is a warning."""
    return "error" if limit.documented else "warning"


def hedge(profile: Profile, limit: Limit) -> str:
    """The message's note on where a limit comes from ('' for a vendor-documented one)."""
    if limit.documented:
        return ""
    return f" (a third-party figure, not on {profile.possessive} own pages: {limit.source})"


def fix_hint(profile: Profile, path: str) -> str:
    spec = profile.name if profile.origin == "built-in" else profile.origin  # a user's profile is named by its file
    return (f"Convert it: greetlint fix {Path(path).name} --target {spec} -o fixed/ "
            f"(writes {profile.output.describe()}).")


def either(items) -> str:
    """'8, 16 or 32' for messages."""
    items = [str(i) for i in items]
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} or {items[-1]}"


def megabytes(size_bytes: int) -> str:
    mb = size_bytes / 1e6
    return f"{mb:.2f} MB" if mb < 10 else f"{mb:.1f} MB"


def checks(profile: Profile, audio, path: str) -> list[dict]:
    """Each limit of the profile against a recording's facts (for the HTML report's target panel)."""
    ftype, family = file_type(audio.container, path), codec_family(audio.codec)
    names = {1: "mono", 2: "stereo"}
    rows = []

    def row(label, limit, wanted, actual, ok):
        rows.append({"label": label, "limit": wanted, "actual": actual, "ok": ok, "documented": limit.documented,
                     "source": limit.source, "url": limit.source.split()[0] if limit.source.startswith("http") else None})

    for key, limit in profile.limits():
        v = limit.value
        if key == "formats":
            row("format", limit, accepted_formats(profile), f"{ftype.upper()} ({describe_codec(family)})",
                ftype in v and family in v[ftype])
        elif key == "sample-rates" and audio.sample_rate:
            row("sample rate", limit, either(f"{r / 1000:g}" for r in v) + " kHz", f"{audio.sample_rate / 1000:g} kHz",
                audio.sample_rate in v)
        elif key == "bit-depths" and audio.bit_depth:
            row("bit depth", limit, either(v) + "-bit", f"{audio.bit_depth}-bit", audio.bit_depth in v)
        elif key == "channels" and audio.channels:
            row("channels", limit, either(names.get(c, str(c)) for c in v), names.get(audio.channels, str(audio.channels)),
                audio.channels in v)
        elif key == "max-size-mb" and audio.file_bytes is not None:
            row("file size", limit, f"at most {v:g} MB", megabytes(audio.file_bytes), audio.file_bytes <= v * 1e6)
        elif key == "max-seconds":
            row("duration", limit, f"at most {v:g} s", f"{audio.duration_s:.1f} s", audio.duration_s <= v)
        elif key == "min-seconds":
            row("duration", limit, f"at least {v:g} s", f"{audio.duration_s:.1f} s", audio.duration_s >= v)
    return rows
