"""Built-in greetlint rules, one small module each.

Registered in pyproject.toml under the ``greetlint.rules`` entry point group
(``builtin = "greetlint.rules:RULES"``) and loaded through it exactly like a
third-party plugin.
"""
from .gl101_no_name import NoName
from .gl102_no_company import NoCompany
from .gl103_no_callback_number import NoCallbackNumber
from .gl104_number_not_repeated import NumberNotRepeated
from .gl105_number_unclear import NumberUnclear
from .gl106_name_unsure import NameUnsure
from .gl201_callback_refusal import CallbackRefusal
from .gl202_vague_callback import VagueCallback
from .gl203_no_callback_window import NoCallbackWindow
from .gl204_callback_window_too_long import CallbackWindowTooLong
from .gl205_contradictory_callback import ContradictoryCallback
from .gl301_too_long import TooLong
from .gl302_filler_words import FillerWords
from .gl303_repeated_sentence import RepeatedSentence
from .gl304_personal_trivia import PersonalTrivia
from .gl305_no_purpose import NoPurpose
from .gl401_no_speech import NoSpeech
from .gl411_leading_silence import LeadingSilence
from .gl412_trailing_silence import TrailingSilence
from .gl413_long_pause import LongPause
from .gl421_too_quiet import TooQuiet
from .gl422_too_loud import TooLoud
from .gl423_clipping import Clipping
from .gl431_background_noise import BackgroundNoise
from .gl432_mains_hum import MainsHum
from .gl441_speaking_pace import SpeakingPace
from .gl442_number_rushed import NumberRushed
from .gl443_number_not_set_apart import NumberNotSetApart
from .gl444_monotone import Monotone
from .gl451_mumbled import Mumbled
from .gl461_over_phone_limit import OverPhoneSystemLimit
from .gl470_format_not_accepted import FormatNotAccepted
from .gl471_target_sample_rate import TargetSampleRate
from .gl472_target_bit_depth import TargetBitDepth
from .gl473_target_channels import TargetChannels
from .gl474_target_file_size import TargetFileSize
from .gl475_target_too_long import TargetTooLong
from .gl476_target_too_short import TargetTooShort
from .gl477_number_lost_on_phone import NumberLostOnPhone
from .gl478_name_lost_on_phone import NameLostOnPhone
from .gl479_energy_above_phone_band import EnergyAbovePhoneBand
from .gl501_no_urgent_contact import NoUrgentContact
from .gl502_ooo_incomplete import OutOfOfficeIncomplete
from .gl503_ooo_date_past import OutOfOfficeDatePast
from .gl504_cliche import Cliche
from .gl505_no_thanks import NoThanks
from .gl601_expected_fact import ExpectedFact

RULES = [
    NoName, NoCompany, NoCallbackNumber, NumberNotRepeated, NumberUnclear, NameUnsure,
    CallbackRefusal, VagueCallback, NoCallbackWindow, CallbackWindowTooLong, ContradictoryCallback,
    TooLong, FillerWords, RepeatedSentence, PersonalTrivia, NoPurpose,
    NoSpeech, LeadingSilence, TrailingSilence, LongPause, TooQuiet, TooLoud, Clipping, BackgroundNoise, MainsHum,
    SpeakingPace, NumberRushed, NumberNotSetApart, Monotone, Mumbled, OverPhoneSystemLimit,
    FormatNotAccepted, TargetSampleRate, TargetBitDepth, TargetChannels, TargetFileSize, TargetTooLong, TargetTooShort,
    NumberLostOnPhone, NameLostOnPhone, EnergyAbovePhoneBand,
    NoUrgentContact, OutOfOfficeIncomplete, OutOfOfficeDatePast, Cliche, NoThanks,
    ExpectedFact,
]
