"""The place index: built from the data once, then read back from a cache file in milliseconds."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.extract import gazetteer as g


def fresh() -> g.Gazetteer:
    """gazetteer() without its per-process memo: reads the cache or builds it."""
    return g.gazetteer.__wrapped__()


def test_cache_round_trip_gives_the_same_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BRIEFING_CACHE", str(tmp_path))
    built = fresh()
    (cache,) = tmp_path.glob("gazetteer-*.marshal")
    monkeypatch.setattr(g, "_build", lambda: pytest.fail("rebuilt although cached"))
    assert fresh() == built
    assert cache.stat().st_size > 100_000
    damascus = built.cities["damascus"]
    assert max(damascus, key=lambda c: c.population).country == "SY"


def test_a_corrupt_cache_is_rebuilt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFING_CACHE", str(tmp_path))
    path = g._cache_path()
    assert path is not None
    path.write_bytes(b"\x00not a cache")
    assert fresh() == g._build()
    assert path.read_bytes() != b"\x00not a cache"


def test_cache_off_or_unwritable_still_works(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BRIEFING_CACHE", "off")
    assert g._cache_path() is None and fresh().cities
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache folder would go")
    monkeypatch.setenv("BRIEFING_CACHE", str(blocker / "cache"))
    assert fresh().cities


def test_first_level_regions_of_every_country_resolve() -> None:
    index = g.gazetteer()
    helmand = index.resolve("helmand province", set())
    assert helmand is not None and (helmand.kind, helmand.country) == ("region", "AF")
    assert helmand.lat == pytest.approx(31.5, abs=1.5) and helmand.lon == pytest.approx(64, abs=1.5)
    xinjiang = index.resolve("xinjiang", set())  # GeoNames' "Xinjiang Uygur Zizhiqu"
    assert xinjiang is not None and xinjiang.country == "CN"
    assert index.resolve("punjab", {"IN"}).country == "IN"  # type: ignore[union-attr]
    assert index.resolve("punjab", {"PK"}).country == "PK"  # type: ignore[union-attr]
    # a region counts as a place NER mislabelled only when its country is in the text
    assert index.is_local_place("inner mongolia", {"CN"})
    assert not index.is_local_place("inner mongolia", {"FR"})
    # cities keep their own names; names made of generic words are not regions
    assert index.resolve("kandahar", set()).kind == "city"  # type: ignore[union-attr]
    assert not {"central", "delta", "rivers", "niger"} & set(index.regions)


@pytest.mark.parametrize(
    ("name", "country", "capital"),
    [
        ("valparaiso region", "CL", (-33.05, -71.62)),  # not pulled 3,700 km to Easter Island
        ("hebei province", "CN", (38.04, 114.51)),  # nor into Gansu by misfiled towns
        ("heilongjiang", "CN", (45.75, 126.65)),
        ("jiangsu", "CN", (32.06, 118.78)),
    ],
)
def test_a_regions_point_lies_in_the_region_not_off_towards_far_towns(
    name: str, country: str, capital: tuple[float, float]
) -> None:
    region = g.gazetteer().resolve(name, {country})
    assert region is not None and (region.kind, region.country) == ("region", country)
    assert g.km(region.lat or 0.0, region.lon or 0.0, *capital) < 400


def test_a_region_named_by_generic_words_is_found_as_written_in_its_countrys_story() -> None:
    """GeoNames' "Rivers" and Malawi's "Northern Region" are regions only as written with
    their word ("Rivers State", "Niger State") and only in a story that names the country:
    "Northern Region" in a story of Sudan is none of Malawi's, Ghana's or Uganda's."""
    index = g.gazetteer()
    rivers = index.resolve("rivers state", {"NG"})
    assert rivers is not None and (rivers.kind, rivers.country) == ("region", "NG")
    assert rivers.lat == pytest.approx(4.8, abs=0.5) and rivers.lon == pytest.approx(6.9, abs=0.5)
    niger = index.resolve("niger state", {"NG"})
    assert niger is not None and (niger.kind, niger.country) == ("region", "NG")
    northern = index.resolve("northern region", {"MW"})
    assert northern is not None and northern.country == "MW"
    assert index.resolve("northern region", {"SD"}) is None
    assert index.resolve("rivers state", set()) is None
    assert index.resolve("rivers", {"NG"}) is None


def test_a_region_in_a_country_the_text_names_beats_a_small_namesake_town_abroad() -> None:
    index = g.gazetteer()
    bali = index.resolve("bali", {"ID"})
    assert bali is not None and (bali.kind, bali.country) == ("region", "ID")
    assert index.resolve("kano", set()).kind == "city"  # type: ignore[union-attr]


def test_a_town_of_that_very_name_in_a_named_country_beats_a_city_known_by_it_abroad() -> None:
    """GeoNames also spells Quito "Kita": in a story about Mali, "Kita" is Kita, Mali; a city
    known by another of its names in a country the text names keeps it ("Bombay", India)."""
    index = g.gazetteer()
    kita = index.resolve("kita", {"ML"})
    assert kita is not None and (kita.name, kita.country) == ("Kita", "ML")
    bombay = index.resolve("bombay", {"IN"})
    assert bombay is not None and (bombay.name, bombay.country) == ("Mumbai", "IN")


def test_a_town_in_a_named_country_beats_a_namesake_up_to_twenty_times_its_size() -> None:
    """ "Athlone" in a story of Ireland is Athlone (23,000 people), not the Cape Town suburb
    GeoNames gives ten times as many; "London" in a story of Canada is still London."""
    index = g.gazetteer()
    athlone = index.resolve("athlone", {"IE"})
    assert athlone is not None and athlone.country == "IE"
    assert index.resolve("london", {"CA"}).country == "GB"  # type: ignore[union-attr]
    assert index.resolve("paris", {"US"}).country == "FR"  # type: ignore[union-attr]


def test_a_town_known_abroad_by_another_name_is_no_place_of_a_story_elsewhere() -> None:
    """GeoNames also spells Saaba, Burkina Faso, "Saba": in a story about Yemen ("the Saba
    news agency") that is no place; a big city keeps its other names."""
    index = g.gazetteer()
    assert index.resolve("saba", {"YE", "SA"}) is None
    kiev = index.resolve("kiev", {"RU"})
    assert kiev is not None and kiev.country == "UA"


def test_a_name_from_arabic_is_found_with_or_without_its_final_h() -> None:
    """ "Hodeidah" is GeoNames' "Hodeida", Al Hudaydah, Yemen."""
    index = g.gazetteer()
    port = index.resolve("hodeidah", {"YE"})
    assert port is not None and (port.country, port.kind) == ("YE", "city")


def test_the_nations_of_the_united_kingdom_are_regions_of_it() -> None:
    index = g.gazetteer()
    for name in ("scotland", "wales", "england and wales"):
        place = index.resolve(name, set())
        assert place is not None and (place.kind, place.country) == ("region", "GB")
    assert index.resolve("uk", set()).kind == "country"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("united republic of tanzania", "TZ"),
        ("islamic republic of iran", "IR"),
        ("kingdom of saudi arabia", "SA"),
        ("people s republic of china", "CN"),
        ("republic of congo", "CG"),  # a name of its own, not "Congo"
        ("democratic republic of the congo", "CD"),
        ("state of emergency", None),
    ],
)
def test_a_states_formal_name_is_that_state(name: str, code: str | None) -> None:
    assert g.gazetteer().country_code(name) == code


@pytest.mark.parametrize(
    ("name", "country"),
    [("north darfur", "SD"), ("south darfur", "SD"), ("north kivu", "CD"), ("sud kivu", "CD")],
)
def test_a_region_resolves_by_any_form_of_its_compass_word(name: str, country: str) -> None:
    place = g.gazetteer().resolve(name, set())
    assert place is not None
    assert (place.kind, place.country) == ("region", country)


def test_a_small_country_without_an_outline_is_placed_at_its_capital() -> None:
    """The country outlines leave out small states; Singapore, Malta and Tonga still get a
    point on the map (their capital's), so a brief set there has coordinates."""
    index = g.gazetteer()
    for name, lat, lon in (
        ("singapore", 1.3, 103.8),
        ("malta", 35.9, 14.5),
        ("tonga", -21.1, -175.2),
    ):
        place = index.resolve(name, set())
        assert place is not None and place.kind == "country"
        assert place.lat == pytest.approx(lat, abs=0.5) and place.lon == pytest.approx(lon, abs=0.5)


def test_the_largest_lakes_rivers_and_straits_are_water_on_the_map() -> None:
    """GeoNames' cities have no lakes, rivers or straits: "on the shores of Lake Victoria",
    "the Danube burst its banks", "the River Zambezi", "ships avoiding the Suez Canal" are
    placed all the same."""
    index = g.gazetteer()
    for name, lat, lon in (
        ("lake victoria", -1.0, 33.0),
        ("danube", 45.2, 28.0),
        ("river zambezi", -16.5, 29.0),
        ("lake geneva", 46.4, 6.5),
        ("suez canal", 30.5, 32.3),
        ("strait of gibraltar", 36.0, -5.6),
    ):
        place = index.resolve(name, set())
        assert place is not None and place.kind == "water"
        assert place.lat == pytest.approx(lat, abs=1) and place.lon == pytest.approx(lon, abs=1)


def test_small_towns_are_cached_and_older_caches_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The small-town index is cached beside the main one; a cache an older version left
    (another digest) is removed when a new one is written."""
    monkeypatch.setenv("BRIEFING_CACHE", str(tmp_path))
    stale = tmp_path / "towns-0000000000000000.marshal"
    stale.write_bytes(b"old")
    other = tmp_path / "gazetteer-0000000000000000.marshal"
    other.write_bytes(b"old")
    towns = g._small_towns.__wrapped__()
    (cache,) = tmp_path.glob("towns-*.marshal")
    assert not stale.exists() and other.exists()  # only caches of its own kind
    monkeypatch.setattr(g, "_build_small_towns", lambda: pytest.fail("rebuilt although cached"))
    assert g._small_towns.__wrapped__() == towns and cache.stat().st_size > 100_000


def test_a_small_town_is_found_only_in_a_country_the_text_names() -> None:
    town = g.small_town("grindavik", {"IS"})
    assert town is not None and town.country == "IS" and town.population < 15_000
    assert g.small_town("grindavik", {"GB"}) is None
    assert g.small_town("damascus", {"SY"}) is None  # the main index's, not a small town


def test_a_town_written_with_its_state_is_that_states_town_or_none() -> None:
    """ "Darlington, Pennsylvania" is no Darlington of South Carolina, however near; "Fort
    Meade in Maryland" is the Fort Meade of Maryland, not the larger one of Florida. GeoNames'
    region codes of the towns say which state each lies in."""
    from tests.test_extract import places_by_name, run

    found = run(
        "A freight train derailed in East Palestine, Ohio, on Friday. The Environmental "
        "Protection Agency said it was monitoring the air in nearby Darlington, Pennsylvania. "
        "A soldier on leave from Fort Meade in Maryland was among the volunteers."
    )
    places = places_by_name(found)
    darlington = places.get("Darlington")
    assert darlington is None or darlington.lat is None or darlington.lat > 39.7
    assert places["Fort Meade"].lat is not None and abs(places["Fort Meade"].lat - 39.1) < 0.2


def test_a_city_written_in_its_state_is_that_states_namesake() -> None:
    """ "Springfield in Illinois" is the Springfield of Illinois, not the larger one of
    Missouri the name alone would mean."""
    from tests.test_extract import places_by_name, run

    found = run(
        "Floods hit towns across the Midwest on Monday. Rivers rose in Springfield in Illinois."
    )
    springfield = places_by_name(found)["Springfield"]
    assert springfield.lat is not None and abs(springfield.lat - 39.8) < 0.1
    assert springfield.lon is not None and abs(springfield.lon + 89.64) < 0.1


def test_a_region_named_by_its_own_name_is_no_city_of_a_shorter_one() -> None:
    """ "Rio Grande do Sul" is the Brazilian state, not the city of Rio Grande (which GeoNames
    also calls so); "New York" stays the city."""
    places = g.gazetteer()
    state = places.resolve("rio grande do sul", set())
    assert state is not None and state.kind == "region" and state.country == "BR"
    city = places.resolve("new york", set())
    assert city is not None and city.kind == "city"


def test_a_town_of_that_very_name_beats_a_bigger_one_called_so_once() -> None:
    """ "Pokrovsk" in a story naming Russia and Ukraine is the Ukrainian town of that name,
    not Engels, Russia, which GeoNames also calls Pokrovsk (its old name) and is bigger."""
    town = g.gazetteer().resolve("pokrovsk", {"RU", "UA"})
    assert town is not None and town.country == "UA" and town.name == "Pokrovsk"


def test_a_saints_town_is_found_by_its_short_title() -> None:
    """GeoNames writes "Saint Andrews"; stories write "St Andrews" (and "Ste" for "Sainte")."""
    index = g.gazetteer()
    andrews = index.resolve("st andrews", {"GB"})
    assert andrews is not None and andrews.country == "GB" and andrews.name == "Saint Andrews"
    assert index.resolve("saint andrews", {"GB"}) == andrews
    assert g._saints("sainte foy") == ["sainte foy", "ste foy"]
    assert g._saints("santa cruz") == ["santa cruz"]


@pytest.mark.parametrize(
    ("name", "country", "lat", "lon"),
    [
        ("rhodes", "GR", 36.2, 28.0),  # no GeoNames city of 15,000 by that name
        ("bali", "ID", -8.4, 115.2),  # not Bali, West Bengal, the larger namesake city
        ("orkney", "GB", 59.0, -3.0),  # not Orkney, South Africa
        ("lesvos", "GR", 39.2, 26.3),  # by its other spelling
        ("long island", "US", 40.8, -73.2),  # not the Bahamas' district
    ],
)
def test_islands_resolve_to_the_island(name: str, country: str, lat: float, lon: float) -> None:
    """Islands the news names, which GeoNames' cities and regions lack or give to a namesake
    town, resolve to the island (data/places.json), whatever countries the text names."""
    place = g.gazetteer().resolve(name, set())
    assert place is not None and place.country == country
    assert abs((place.lat or 0) - lat) < 0.5 and abs((place.lon or 0) - lon) < 0.5


def test_a_us_county_is_placed_when_its_name_or_the_story_tells_which() -> None:
    """ "Sharkey County" is the only one so named; "Marion County" is one of seventeen, placed
    only in a story that names its state (not at Marion, Iowa, the town, as before); a
    county is never its state's or a town's namesake."""
    index = g.gazetteer()
    sharkey = index.resolve("sharkey county", {"US"})
    assert sharkey is not None and (sharkey.kind, sharkey.admin1) == ("region", "Mississippi")
    assert index.resolve("marion county", {"US"}) is None
    marion = index.county("marion county", {"florida"})
    assert marion is not None and marion.lat == pytest.approx(29.2, abs=0.5)
    assert index.county("marion county", set()) is None
    assert index.county("marion county", {"florida", "oregon"}) is None
    helmand = index.resolve("helmand province", set())
    assert helmand is not None and helmand.country == "AF"  # other regions as before


def test_a_district_named_for_a_town_abroad_is_not_that_town() -> None:
    """ "the Peak District" in a story of Britain is no district of Hong Kong's The Peak (a
    town the text never names), but the national park of England, curated; "Homs province"
    in a story of Syria is placed at Homs."""
    index = g.gazetteer()
    peak = index.resolve("peak district", {"GB"})
    assert peak is not None and peak.country == "GB", peak
    anywhere = index.resolve("peak district", set())
    assert anywhere is not None and anywhere.country == "GB", anywhere
    homs = index.resolve("homs province", {"SY"})
    assert homs is not None and homs.country == "SY"


def test_an_airport_named_with_its_word_is_found_by_its_own_name() -> None:
    """ "Gatwick Airport" is London Gatwick; "London airport" fits several and names none;
    a country the story names picks among namesakes ("Birmingham airport" in a story of
    Britain, not Alabama's); a name no airport has is none."""
    from briefing.extract.gazetteer import airport

    gatwick = airport("gatwick airport")
    assert gatwick is not None and gatwick.country == "GB"
    assert abs(gatwick.lat - 51.15) < 0.1 and abs(gatwick.lon + 0.19) < 0.1
    assert airport("london airport") is None
    birmingham = airport("birmingham airport", {"GB"})
    assert birmingham is not None and birmingham.country == "GB"
    assert airport("kessling international airport") is None
    assert airport("gatwick") is None  # no airport's word: a name, no airport


def test_scotlands_council_areas_and_wales_principal_areas_are_regions() -> None:
    """ "Angus", "Aberdeenshire", "Rhondda Cynon Taf" (GeoNames' second level, which the
    curated list of England's counties lacks) resolve in Britain; an area named like its
    town ("Falkirk") stays the town."""
    gz = g.gazetteer()
    for name, lat in (("angus", 56.6), ("aberdeenshire", 57.3), ("rhondda cynon taf", 51.6)):
        place = gz.resolve(name, {"GB"})
        assert place is not None and place.kind == "region" and place.country == "GB", name
        assert place.lat is not None and abs(place.lat - lat) < 0.3, name
    falkirk = gz.resolve("falkirk", {"GB"})
    assert falkirk is not None and falkirk.kind == "city"


def test_a_region_named_like_a_part_of_its_country_is_the_region() -> None:
    """ "Western Australia", "South Australia": states by their own names, placed at their
    points, not the western or southern part of the country (which, for a country so large,
    has no point); "eastern Syria" is still a part."""
    gz = g.gazetteer()
    for name, lat, lon in (("western australia", -25.6, 120.3), ("south australia", -32.2, 138.0)):
        place = gz.resolve(name, {"AU"})
        assert place is not None and place.kind == "region" and place.country == "AU"
        assert place.lat is not None and abs(place.lat - lat) < 1 and abs(place.lon - lon) < 1
    part = gz.resolve("eastern syria", set())
    assert part is not None and part.country == "SY"


def test_a_name_made_only_of_generic_words_is_no_citys_other_name() -> None:
    """ "Old Town", "New Town": a part of any town, not the city GeoNames lists a quarter of
    under that name."""
    gz = g.gazetteer()
    assert gz.resolve("old town", set()) is None
    assert gz.resolve("new town", set()) is None
    assert gz.resolve("swindon", set()) is not None


def test_a_town_spelt_by_another_romanisation_of_arabic_is_found() -> None:
    """ "Deir al-Balah" and "Deir el-Balah" are GeoNames' "Dayr al Balah" in a story of the
    Palestinian territories; in a story of Britain nothing is looked for."""
    from briefing.extract.gazetteer import spelt_otherwise
    from briefing.extract.names import key

    for written in ("Deir al-Balah", "Deir el-Balah"):
        town = spelt_otherwise(key(written), {"PS"})
        assert town is not None and town.country == "PS", (written, town)
        assert abs(town.lat - 31.42) < 0.1, town
    assert spelt_otherwise(key("Deir al-Balah"), {"GB"}) is None
    assert spelt_otherwise(key("Southport"), {"GB"}) is None
