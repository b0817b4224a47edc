"""Word lists shared by the stemmer and the quote extractor (lower case)."""

from __future__ import annotations

__all__ = ["INSTITUTIONS", "PLACES"]

# Institutions and programmes whose names Sastrawi would stem away (Kejagung -> jagung).
INSTITUTIONS = frozenset(
    """
    bapenda bappeda bappenas berakhlak berakhlak-nya disdukcapil diskominfo dukcapil inspektorat
    irjen itjen kejagung kejari kejati kemen-pupr kemenag kemenaker kemendag kemendagri kemendes
    kemendesa kemendikbud kemendikbudristek kemenhan kemenhub kemenkes kemenkeu kemenko
    kemenkomarves kemenkominfo kemenkopolhukam kemenkumham kemenlu kemenpan kemenpan-rb kemenpanrb
    kemenparekraf kemenperin kemenpora kemenpupr kemenristek kemensos kementan kemnaker kominfo
    lakip lapor lhkpn menpan menpan-rb menpanrb mpp ombudsman pemda pemdes pemerintahan-daerah
    pemkab pemkot pemprov pungli saber sakip sekda sekdakab sekdaprov sekjen setda setdaprov setjen
    setkab setneg skm sp4n spbe spip wbbm wbk
    """.split()
)

# Indonesian provinces, their abbreviations, and regencies and cities met in reform news.
PLACES = frozenset(
    """
    aceh ambon asahan babel badung bali balikpapan bandung bangkalan bangli banjarmasin banjarnegara
    bantaeng banten bantul banyumas banyuwangi barru batam batang batanghari baubau bekasi
    bengkayang bengkulu berastagi berau biak bima bitung blitar blora bogor bojonegoro bondowoso
    bone boyolali brebes bukittinggi buleleng bulukumba bulungan bungo buton cianjur cilacap cimahi
    cirebon deli demak denpasar depok diy dki dompu ende enrekang fakfak gianyar gorontalo gowa
    gresik grobogan gunungkidul jabar jakarta jambi jateng jatim jayapura jember jembrana jeneponto
    jepara jogja jombang kaimana kalbar kalianda kalsel kaltara kalteng kaltim kapuas karanganyar
    karangasem karawang karo kebumen kediri kendal kendari kepri kerinci ketapang klaten klungkung
    kolaka kotamobagu kudus kulonprogo kuningan kupang kutai labuhanbatu lamongan lampung
    lampung-selatan landak langkat lombok lumajang luwu madiun magelang magetan majene makassar
    malang maluku malut mamasa mamuju manado mandailing manggarai manokwari maros mataram medan
    melawi menggala merangin merauke mesuji metro mimika minahasa mojokerto muaro muna nabire ngada
    nganjuk ngawi nias ntb ntt nunukan pacitan padang padangsidimpuan palangkaraya palembang palopo
    palu pamekasan pangkalpinang pangkep papua parepare pariaman pasuruan pati payakumbuh pekalongan
    pekanbaru pemalang pemangkat pematangsiantar pesawaran pesisir pinrang polewali ponorogo
    pontianak pringsewu probolinggo purbalingga purwakarta rembang riau samarinda sambas sampang
    sanggau sarolangun sawahlunto sekadau selayar semarang serang serdang sibolga sidoarjo sidrap
    sikka simalungun singkawang sinjai sintang situbondo sleman solo solok soppeng sorong sragen
    sukabumi sukoharjo sulbar sulsel sulteng sultra sulut sumbar sumbawa sumenep sumsel sumut
    surabaya surakarta tabanan takalar tangerang tanggamus tanjungpinang tapanuli tarakan
    tasikmalaya tebingtinggi tebo tegal temanggung timika tomohon toraja trenggalek tual tuban
    tulangbawang tulungagung wajo wonogiri wonosobo yogyakarta
    """.split()
)
