"""Which class paints each built-in picture, by its stable name (the names packs use)."""

from __future__ import annotations

from game.ui.pictures.ballot_box import BallotBox
from game.ui.pictures.bishkek_panorama import BishkekPanorama
from game.ui.pictures.bonfire_night import BonfireNight
from game.ui.pictures.calendar_page import CalendarPage
from game.ui.pictures.city_street import CityStreet
from game.ui.pictures.classroom import Classroom
from game.ui.pictures.courtroom import Courtroom
from game.ui.pictures.crowd_rally import CrowdRally
from game.ui.pictures.factory import Factory
from game.ui.pictures.government_building import GovernmentBuilding
from game.ui.pictures.handshake import Handshake
from game.ui.pictures.harbour_ship import HarbourShip
from game.ui.pictures.hospital import Hospital
from game.ui.pictures.illustration import Illustration
from game.ui.pictures.map_pin import MapPin
from game.ui.pictures.mountain_village import MountainVillage
from game.ui.pictures.newspaper_press import NewspaperPress
from game.ui.pictures.parliament_chamber import ParliamentChamber
from game.ui.pictures.police_line import PoliceLine
from game.ui.pictures.rally_crowd import RallyCrowd
from game.ui.pictures.rocket_launch import RocketLaunch
from game.ui.pictures.security_building import SecurityBuilding
from game.ui.pictures.white_house import WhiteHouse
from game.ui.pictures.years_of_protest import YearsOfProtest

ILLUSTRATIONS: dict[str, type[Illustration]] = {
    "ballot-box": BallotBox,
    "years-of-protest": YearsOfProtest,
    "crowd-rally": CrowdRally,
    "police-line": PoliceLine,
    "white-house": WhiteHouse,
    "security-building": SecurityBuilding,
    "bonfire-night": BonfireNight,
    "bishkek-panorama": BishkekPanorama,
    "city-street": CityStreet,
    "government-building": GovernmentBuilding,
    "parliament-chamber": ParliamentChamber,
    "classroom": Classroom,
    "newspaper-press": NewspaperPress,
    "rally-crowd": RallyCrowd,
    "map-pin": MapPin,
    "calendar-page": CalendarPage,
    "handshake": Handshake,
    "mountain-village": MountainVillage,
    "factory": Factory,
    "rocket-launch": RocketLaunch,
    "harbour-ship": HarbourShip,
    "courtroom": Courtroom,
    "hospital": Hospital,
}
