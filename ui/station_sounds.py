"""The desk's sounds: a short tone for each answer to a scan, written as WAV files at first use,
and a mute switch remembered in QSettings."""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QStandardPaths, QUrl
from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
from PySide6.QtWidgets import QApplication

from models.checkin import CheckInStatus

# True when the desk is silent.
MUTED = "station/muted"
RATE = 22_050
VOLUME = 0.6

# Each answer's notes (hertz, milliseconds; 0 Hz a pause), told apart by ear from across a
# noisy lobby: rising for welcome, two level notes for "already in", a low buzz for an unknown
# code, a falling three-note call for another event's code. A declined guest gets the buzz.
TONES: dict[str, list[tuple[float, int]]] = {
    "welcome": [(880, 90), (0, 20), (1319, 160)],
    "already": [(660, 110), (0, 70), (660, 110)],
    "unknown": [(196, 380)],
    "other_event": [(784, 120), (0, 30), (587, 120), (0, 30), (392, 200)],
}
SOUND_OF = {
    CheckInStatus.CHECKED_IN: "welcome",
    CheckInStatus.ALREADY_CHECKED_IN: "already",
    CheckInStatus.UNKNOWN_CODE: "unknown",
    CheckInStatus.OTHER_EVENT: "other_event",
    CheckInStatus.NOT_EXPECTED: "unknown",
}
# A new file name when the tones change, so that an old cached file is not played.
VERSION = 1


def tone_samples(notes: list[tuple[float, int]]) -> bytes:
    """16-bit mono PCM of the notes; each note fades in and out over 8 ms so that it does not
    click. The low buzz is a square-ish wave (sine plus odd harmonics), the others sines."""
    frames = bytearray()
    fade = RATE * 8 // 1000
    for frequency, milliseconds in notes:
        count = RATE * milliseconds // 1000
        for i in range(count):
            if frequency == 0:
                value = 0.0
            else:
                phase = 2 * math.pi * frequency * i / RATE
                value = math.sin(phase)
                if frequency < 300:
                    value += math.sin(3 * phase) / 3 + math.sin(5 * phase) / 5
                value *= min(1.0, i / fade, (count - i) / fade)
            frames += struct.pack("<h", round(max(-1.0, min(1.0, value * VOLUME)) * 32_000))
    return bytes(frames)


def sound_folder() -> Path:
    return Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.CacheLocation)) / "sounds"


def sound_file(kind: str, folder: Path | None = None) -> Path:
    """The WAV file of one sound, written on first use."""
    path = (folder or sound_folder()) / f"{kind}-{VERSION}.wav"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".part")
        with wave.open(str(partial), "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(RATE)
            out.writeframes(tone_samples(TONES[kind]))
        # Whole or not at all: two stations on one account may write it at once.
        partial.replace(path)
    return path


class StationSounds(QObject):
    """Plays the answer's sound unless muted. Without a sound device (a PC with none, a remote
    session), refusals fall back to the system beep."""

    def __init__(self, settings: QSettings, parent: QObject | None = None,
                 folder: Path | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._folder = folder
        self._effects: dict[str, QSoundEffect] = {}
        self.last_sound = ""

    @property
    def muted(self) -> bool:
        return str(self._settings.value(MUTED, "false")).lower() == "true"

    def set_muted(self, muted: bool) -> None:
        self._settings.setValue(MUTED, muted)
        self._settings.sync()

    def play(self, status: CheckInStatus) -> None:
        kind = SOUND_OF[status]
        if self.muted:
            self.last_sound = ""
            return
        self.last_sound = kind
        if QMediaDevices.defaultAudioOutput().isNull():
            if kind != "welcome":
                QApplication.beep()
            return
        if not self._effects:
            # All loaded at the first answer, so that no later one waits for its file.
            for name in TONES:
                effect = QSoundEffect(self)
                effect.setSource(QUrl.fromLocalFile(str(sound_file(name, self._folder))))
                self._effects[name] = effect
        # A new answer cuts the previous sound short: the desk answers scans, not melodies.
        for other in self._effects.values():
            other.stop()
        self._effects[kind].play()
