"""A bare ride asked for the writer, in any register: 'Kuj mie brengen?', 'Kinst mie brengen?', 'Zoudt gij mij
kunnen voeren?', 'kunde gij mij afzetten?' (round 35, k35b).

appointment.py keeps the writer's appointment said before a bare 'ga je mee?' or 'kun jij mij brengen?' (a time and a
place the ask lacks: 'ik mot dinsdag om 9 uur bij de longarts in het MST in Enschede wezen.'). It read a ride only as
'rijden/brengen/wegbrengen' with 'je/jij/ge/gij/u' in it. Twents and Gronings glue the reader to the verb ('kuj',
'kö'j', 'wi'j', 'kinst', 'wilst') and Flemish drives with 'voeren' ('zoudt ge mij kunnen voeren'; Dutch 'voeren' is
'feed', so only with the writer as its object: 'de kippen voeren' is none), 'afzetten', 'ophalen' or 'oppikken' said
of the writer ('mij/me/mie/ons'). A group asked ('wie kan mij brengen?') is no such ask.
"""

from __future__ import annotations

import re

# the reader glued to the verb in Twents, Achterhoeks, Gronings, Drents ('kuj', 'ku'j', 'kö'j', 'wi'j', 'zo'j',
# 'kinst', 'kanst', 'wilst', 'zolst') or said apart
_READER = re.compile(r"(?i)(?:^|\s)(?:kuj|ku'j|kö'j|koj|wi'j|wij'j|zo'j|zol'j|kinst|kanst|kunst|wilst|zolst|zoest|"
                     r"je|jij|ge|gij|u|de|kunde|zoudde|wilde)(?=\s|$)")
_ME = r"(?:mij|me|mie|mi|ons|oons|mijn\s+moeder|mijn\s+vader)"
# the writer as the one carried: 'mij … voeren', 'me … afzetten', 'mie brengen', 'ons ophalen'
_RIDE = re.compile(rf"(?i)\b{_ME}\s+(?:\S+\s+){{0,4}}?(?:voeren|vervoeren|afzetten|brengen|wegbrengen|rijden|ophalen|"
                   r"oppikken|halen|terug\s+halen|terughalen)\b")
# the ask names its own place ('oppikken op mijn kot', 'naar het station brengen'): the appointment is no longer needed
_PLACE = re.compile(r"(?i)\b(?:op|aan|in|bij|naar|van|voor)\s+(?:mijn|m'n|mn|het|de|den|t|'t|ons|onze|[A-Z]\w+)\b")
_GROUP = re.compile(r"(?i)\b(?:wie|iemand|jullie|iedereen|ouders)\b")


def asked(question: str) -> bool:
    """A ride for the writer asked of the reader alone, in any register (see the module)."""
    return bool(_RIDE.search(question) and _READER.search(question) and not _GROUP.search(question)
                and not _PLACE.search(question))
