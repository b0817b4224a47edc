"""Quotes: spans, kinds, speakers and roles as the guideline defines them."""

from __future__ import annotations

import pytest

from rbnlp import Quote, Sentence
from rbnlp._quotes import extract_quotes
from rbnlp._text import content_blocks, split_sentences


def quotes(text):
    return extract_quotes(text, split_sentences(text), content_blocks(text))


def speakers(text):
    return {q.speaker for q in quotes(text)}


def speakers_and_roles(text):
    return {(q.speaker, q.role) for q in quotes(text)}


def the_speaker_and_role(text):
    """Speaker and role of the one quote ``text`` holds (it must hold exactly one)."""
    (q,) = quotes(text)
    return q.speaker, q.role


def _overlap(a, b):
    return max(0, min(a[1], b[1]) - max(a[0], b[0])) > 0.5 * min(a[1] - a[0], b[1] - b[0])


def test_every_seed_quote_is_found_with_its_speaker(seed_texts, seed_gold):
    found = total = speakers = 0
    for name, gold in seed_gold.items():
        qs = quotes(seed_texts[name])
        for g in gold["quotes"]:
            total += 1
            match = [q for q in qs if _overlap((q.start, q.end), (g["start"], g["end"]))]
            if match:
                found += 1
                speakers += match[0].speaker == g["speaker"]
                assert match[0].kind == g["type"]
    assert found == total and speakers >= 0.9 * total


def test_offsets_slice_back_to_the_quote(seed_texts):
    for text in seed_texts.values():
        for q in quotes(text):
            assert text[q.start:q.end] == q.text


def test_attribution_after_with_role_before_name():
    text = "“Kami siap melayani warga,” kata Kepala Dinas Kominfo Budi Santoso dalam rapat di Jakarta."
    (q,) = quotes(text)
    assert (q.kind, q.cue, q.speaker, q.role) == ("direct", "kata", "Budi Santoso", "Kepala Dinas Kominfo")
    assert q.text == "“Kami siap melayani warga,”"


def test_pronoun_and_short_name_resolve_to_the_full_name():
    text = ("Sekda Kota Jambi Ridwan Harahap membuka rapat.\n"
            "“Indeks kita naik tahun ini,” ujar Ridwan.\n"
            "“Kita jaga terus,” ujarnya.")
    qs = quotes(text)
    assert [q.speaker for q in qs if q.kind == "direct"] == ["Ridwan Harahap", "Ridwan Harahap"]
    assert all(q.role == "Sekda Kota Jambi" for q in qs if q.kind == "direct")


def test_people_named_inside_a_quote_are_not_its_speaker():
    text = "Rapat dibuka Gubernur Andi Yusran.\n“Presiden Joko Widodo meminta birokrasi bersih,” ujarnya."
    (q,) = [q for q in quotes(text) if q.kind == "direct"]
    assert q.speaker == "Andi Yusran"


def test_menurut_saya_inside_a_direct_quote_is_not_an_indirect_quote():
    text = "“Menurut saya, komitmen pimpinan yang utama,” tegas Deputi Thanon."
    qs = quotes(text)
    assert [q.kind for q in qs] == ["direct"]


@pytest.mark.parametrize("text", [
    "Menurut data Badan Pusat Statistik, angka kemiskinan turun 0,4 persen.",
    "Hasil audit BPKP menyebut kerugian negara mencapai Rp 2 miliar.",
    '"Setiap kementerian wajib melaporkan kinerjanya," demikian bunyi Inpres tersebut.',
    "Menurut laporan Ombudsman tahun lalu, keluhan terbanyak soal perizinan.",
    "Dalam pertimbangannya, Inpres itu menyatakan hal itu berdasarkan Ketetapan MPR.",
    "Menurut UU Pemilu No. 7/2017, partai harus memenuhi ambang batas 4 persen.",
    'Bupati Sleman datang. "Termohon tidak wajib menyimpan dokumen," tertulis dalam putusan MA itu.',
    'Bupati Sleman datang. "Peraturan ini mulai berlaku pada tanggal diundangkan," bunyi Pasal II PMK itu.',
])
def test_a_document_is_not_a_speaker(text):
    # guideline 3: documents (a regulation's wording, a report) are not speakers
    assert quotes(text) == []


@pytest.mark.parametrize("after, expected", [
    ("bunyi pernyataan Gedung Putih.", "Gedung Putih"),
    ("bunyi keterangan pers KPK, Senin (17/10).", "KPK"),
    ("bunyi pernyataan tertulis yang dikeluarkan Linkin Park.", "Linkin Park"),
])
def test_the_owner_of_a_quoted_statement_is_its_speaker(after, expected):
    (q,) = quotes(f'Menlu Retno Marsudi tiba di Seoul. "Ancaman itu harus diakhiri," {after}')
    assert (q.kind, q.cue, q.speaker) == ("direct", "bunyi", expected)


def test_a_source_quoted_after_a_report_is_not_the_report():
    text = ("Menurut laporan People, kabar itu tidak sepenuhnya benar. "
            '"Ini saat yang menegangkan bagi keluarga," kata sumber itu.')
    assert [q.speaker for q in quotes(text)] == [""]


def test_indirect_quotes_by_cue():
    text = ("Menurut Bupati Sleman Kustini, pelayanan harus cepat.\n"
            "Kustini mengatakan bahwa antrean sudah berkurang.\n"
            "Disampaikan Kustini, loket akan ditambah.\n"
            "Antrean, kata dia, kini hanya sepuluh menit.")
    qs = quotes(text)
    assert [q.kind for q in qs] == ["indirect"] * 4
    assert [q.cue for q in qs] == ["menurut", "mengatakan bahwa", "disampaikan", "kata"]
    assert {q.speaker for q in qs} == {"Kustini"}


@pytest.mark.parametrize("sentence", [
    "Kini Doha bergantung pada Iran dan Turki untuk memastikan kebutuhan pokok warganya terjamin.",
    "Warga dapat memindai kode QR pada dokumen untuk memastikan keasliannya.",
    "Demi memastikan pasokan aman, Bulog menambah gudang.",
    # obligation, wish, ability, time to come, negation
    "Dalam rapat ini Gubernur dan Wakil Gubernur yang baru dilantik wajib menyampaikan visi misi.",
    "Presiden ke-44 Amerika Serikat Barack Obama akan menyampaikan pidatonya di sana.",
    "Warga dapat menyampaikan keluhan melalui aplikasi pengaduan.",
    "Usai pertemuan, Menlu Retno tidak membeberkan semua isi pertemuan.",
    "Gubernur DKI Jakarta Djarot Saiful Hidayat belum bisa memastikan apakah anggaran itu dihapus.",
])
def test_a_reporting_verb_of_purpose_or_of_what_is_not_said_reports_no_speech(sentence):
    assert quotes(sentence) == []


@pytest.mark.parametrize("text, expected", [
    # verbs that news uses after a quote besides the usual ones
    ('"Sudah kita imbau agar tidak ke Bandung," beber Kabid Humas Polda Jabar Kombes Yusri Yunus.',
     ("beber", "Yusri Yunus")),
    ('"Keduanya penting dibuktikan," sambung Taramasso.', ("sambung", "Taramasso")),
    ('"Jangan sampai terlambat lagi," pesan Sekda Agus Triyono.', ("pesan", "Agus Triyono")),
    ('"Oh bukan apartemen saya," jawab Sareh Wiyono.', ("jawab", "Sareh Wiyono")),
    # "tanya" ends like "-nya" but is a verb, and the name after it is the speaker
    ('Gubernur Djarot Saiful Hidayat bertemu warga. "Ini kenapa?" tanya Djarot.', ("tanya", "Djarot Saiful Hidayat")),
    ('"Mengapa harus menunggu?" tanyanya kepada Bupati Sleman Kustini.', ("tanya", "")),
])
def test_more_cue_verbs_after_a_quote(text, expected):
    (q,) = quotes(text)
    assert (q.cue, q.speaker) == expected


def test_a_noun_that_is_also_a_cue_opens_no_quote_in_mid_sentence():
    text = "Pada jam-jam sibuk, pesan WhatsApp kerap tertahan beberapa menit sebelum terkirim."
    assert quotes(text) == []


def test_quoted_event_titles_are_not_quotes():
    text = "Kemendagri menggelar rakornas bertajuk “Percepatan Pelaksanaan Reformasi Birokrasi Daerah” di Jakarta."
    assert [q for q in quotes(text) if q.kind == "direct"] == []


def test_an_unclosed_quote_mark_does_not_swallow_the_article():
    text = "“Kami akan berbenah, kata Budi.\nPelayanan dibuka pukul delapan.\n“Semua siap,” ujar Budi."
    qs = [q for q in quotes(text) if q.kind == "direct"]
    assert len(qs) == 1 and qs[0].text == "“Semua siap,”"


def test_an_office_alone_speaks_as_fully_as_the_article_names_it():
    text = ("Bupati Katingan meninjau lokasi banjir.\n"
            "“Kami pastikan tidak ada warga yang kelaparan,” kata Bupati.")
    (q,) = [q for q in quotes(text) if q.kind == "direct"]
    assert (q.speaker, q.role) == ("Bupati Katingan", "Bupati Katingan")


def test_appositive_after_the_name_gives_the_role_of_an_indirect_quote():
    text = "Peserta lain, Andi Pratiwi, analis data pada Dinas Kesehatan Kabupaten Paser, mengaku kini lebih cepat."
    (q,) = quotes(text)
    assert (q.kind, q.speaker, q.role) == ("indirect", "Andi Pratiwi", "analis data pada Dinas Kesehatan Kabupaten Paser")


def test_ranks_are_not_part_of_names():
    text = "“Semua laporan kami tindak lanjuti,” kata Kabid Propam Polda Sulteng, Kombes Pol Hendra Sitompul."
    (q,) = quotes(text)
    assert q.speaker == "Hendra Sitompul" and q.role == "Kabid Propam Polda Sulteng"


def test_an_office_with_its_place_is_the_speaker_when_no_holder_is_named():
    text = ("Kepala Dinas Kesehatan Katingan, Budi Santoso, mengatakan layanan dibuka sejak pagi.\n"
            "“Semua pegawai wajib hadir tepat waktu,” kata Bupati Katingan.\n"
            "“Kami tidak menoleransi pungli,” tegas Bupati.")
    first, second, third = quotes(text)
    assert (first.speaker, first.role) == ("Budi Santoso", "Kepala Dinas Kesehatan Katingan")
    # not the last speaker (he holds another office), and not a person called "Katingan"
    assert (second.speaker, second.role) == ("Bupati Katingan", "Bupati Katingan")
    assert (third.speaker, third.role) == ("Bupati Katingan", "Bupati Katingan")


def test_a_role_that_runs_on_before_the_name_stays_whole():
    text = ("Narasumber bimtek dari Biro Organisasi Setda Provinsi Sumatera Selatan, Rizki Ananda Putra, "
            "menjelaskan bahwa peta proses bisnis harus diperbarui setiap tahun.")
    (q,) = quotes(text)
    assert q.speaker == "Rizki Ananda Putra"
    assert q.role == "Narasumber bimtek dari Biro Organisasi Setda Provinsi Sumatera Selatan"


def test_a_grade_word_ending_a_name_is_part_of_the_name():
    text = "Sekretaris Daerah Kota Bengkulu, Arif Gunadi Pratama, mengatakan evaluasi SAKIP dimulai pekan depan."
    assert the_speaker_and_role(text) == ("Arif Gunadi Pratama", "Sekretaris Daerah Kota Bengkulu")
    text = "Analis Kebijakan Ahli Madya, Rina Oktaviani, mengatakan kajian itu selesai."
    assert the_speaker_and_role(text) == ("Rina Oktaviani", "Analis Kebijakan Ahli Madya")


def test_a_short_office_name_finds_the_person_holding_the_long_one():
    text = ("Sekretaris Daerah Kabupaten Deli Serdang, Parlindungan Sitorus, mengatakan rapat dimulai pukul 08.00.\n"
            "“Tidak ada lagi tanda tangan basah,” tegas Sekda.")
    first, second = quotes(text)
    assert first.speaker == second.speaker == "Parlindungan Sitorus"
    assert second.role == "Sekretaris Daerah Kabupaten Deli Serdang"


def test_titles_are_not_names_and_do_not_end_the_sentence():
    (q,) = quotes("Menurut Ns. Desi Ratnasari, antrean pasien kini lebih tertib.")
    assert q.speaker == "Desi Ratnasari"
    (q,) = quotes('"Kapal kita aman," kata Presiden KPI Capt. Hasudungan Tambunan di Jakarta.')
    assert (q.speaker, q.role) == ("Hasudungan Tambunan", "Presiden KPI")
    text = "Plt. Kepala Dinas Kominfo, Budi Santoso, mengatakan aplikasi itu gratis."
    (q,) = quotes(text)
    assert (q.start, q.end, q.speaker) == (0, len(text), "Budi Santoso")


@pytest.mark.parametrize("title", ["Ny.", "Tn.", "Sdr."])
def test_forms_of_address_are_not_names(title):
    assert speakers_and_roles(f'"Terlalu lama juga tidak betul," kata {title} Isah, warga Cilodong.') == {("Isah", "")}


def test_the_word_after_kota_is_the_place_not_the_first_name():
    text = ("Sekretaris Daerah Kota Ternate Ridwan Abdullah Tjan membuka rapat itu.\n"
            "“Semua OPD wajib hadir,” ujar Ridwan.")
    (q,) = quotes(text)
    assert q.speaker == "Ridwan Abdullah Tjan"


def test_the_fullest_name_may_have_a_middle_name_the_mention_skips():
    text = ("Apel dipimpin Sekretaris Daerah Provinsi Kaltim Andi Muhammad Yusran.\n"
            "Andi Yusran berharap seluruh ASN hadir tepat waktu.")
    (q,) = quotes(text)
    assert q.speaker == "Andi Muhammad Yusran"


def test_a_verb_after_the_name_ends_the_mention():
    text = "“Kita mulai hari ini,” kata Bupati Syahrani Fadillah disambut tawa hadirin."
    (q,) = quotes(text)
    assert q.speaker == "Syahrani Fadillah"
    text = "Kepala Dinas Kominfo Provinsi Kalbar, Yudha Pranata, mengatakan layanan itu gratis."
    assert the_speaker_and_role(text) == ("Yudha Pranata", "Kepala Dinas Kominfo Provinsi Kalbar")


def test_an_adverb_after_the_name_ends_the_mention():
    (q,) = quotes('"Saya tahu lebih banyak," ujar Amien Rais singkat.')
    assert (q.speaker_mention, q.speaker) == ("Amien Rais", "Amien Rais")


def test_roles_keep_numbers_and_initials_and_more_kinds_of_office():
    text = ("Kepala SMP Negeri 1 Kuningan, Euis Komariah, membuka kegiatan itu.\n"
            "“Anak-anak senang belajar di sini,” tutur Euis.")
    assert the_speaker_and_role(text) == ("Euis Komariah", "Kepala SMP Negeri 1 Kuningan")
    text = "Corporate Secretary bank tersebut, Adrian Kusnadi, memastikan layanan kembali normal."
    assert the_speaker_and_role(text) == ("Adrian Kusnadi", "Corporate Secretary bank tersebut")


def test_a_pronoun_after_a_newly_introduced_official_refers_to_them():
    text = ("“Ini rapor birokrasi kita,” kata Ketua Komisi I DPRD Provinsi Bengkulu Jonaidi Rasyid.\n"
            "Dikonfirmasi terpisah, Kepala Biro Organisasi Setdaprov Bengkulu, Herawati Simanjuntak, "
            "tidak menampik adanya penurunan. Ia menjelaskan, metode evaluasi tahun ini berbeda.")
    first, second = quotes(text)
    assert first.speaker == "Jonaidi Rasyid"
    assert (second.speaker, second.role) == ("Herawati Simanjuntak", "Kepala Biro Organisasi Setdaprov Bengkulu")


def test_residents_have_no_office_and_ages_do_not_hide_names():
    (q,) = quotes("Siti Aisyah (61), warga Kecamatan Woha, mengaku sudah menunggu sejak pukul enam pagi.")
    assert (q.speaker, q.role) == ("Siti Aisyah", "")
    (q,) = quotes("Salah satu peserta, warga Ampenan, Hamdan, mengatakan ia sempat diminta membayar.")
    assert (q.speaker, q.role) == ("Hamdan", "")


def test_a_name_may_contain_an_office_word():
    text = "Kepala Biro Organisasi Setdaprov Jawa Timur, Lukman Hakim Basuki, mengakui nilai itu turun."
    assert the_speaker_and_role(text) == ("Lukman Hakim Basuki", "Kepala Biro Organisasi Setdaprov Jawa Timur")


def test_balinese_names_and_initials_belong_to_the_name_not_the_role():
    text = "Kepala Bagian Organisasi Setda Tabanan, I Gusti Ngurah Putra Wisnawa, menjelaskan evaluasi itu."
    assert the_speaker_and_role(text) == ("I Gusti Ngurah Putra Wisnawa", "Kepala Bagian Organisasi Setda Tabanan")
    text = "Kepala Bagian Organisasi Setda Kota Palembang, M. Yusuf Alamsyah, mengatakan nilai itu naik."
    assert the_speaker_and_role(text) == ("M. Yusuf Alamsyah", "Kepala Bagian Organisasi Setda Kota Palembang")


@pytest.mark.parametrize("mention, expected", [
    ("Deputi Bidang Pemasaran Mancanegara Kemenpar I Gde Pitana",
     ("I Gde Pitana", "Deputi Bidang Pemasaran Mancanegara Kemenpar")),
    ("Kepala Dinas Ni Luh Putu Ary Pertami", ("Ni Luh Putu Ary Pertami", "Kepala Dinas")),
])
def test_a_balinese_name_opens_with_i_or_ni(mention, expected):
    assert speakers_and_roles(f"{mention} mengatakan kunjungan turis naik.") == {expected}


def test_a_short_office_takes_the_full_office_known_for_the_person():
    text = ("Sekretaris Jenderal KKP, Rudy Hartawan, membuka rapat itu.\n"
            "“Kita kejar target tahun ini,” kata Sekjen Rudy.")
    assert the_speaker_and_role(text) == ("Rudy Hartawan", "Sekretaris Jenderal KKP")


@pytest.mark.parametrize("text, expected", [
    # a minister's short form is the ministry's office written out
    ('Menteri Perdagangan Enggartiasto Lukita menyatakan surplus naik. "Ekspor tertinggi," ujar Mendag.',
     ("Enggartiasto Lukita", "Menteri Perdagangan")),
    # the person named in the office, not the office that spoke before anyone was named
    ('"Deklarasi itu penting," kata Menteri Luar Negeri dalam jumpa pers. Menurut Menlu Retno, ASEAN siap. '
     "Lebih lanjut, Menlu menjelaskan bahwa deklarasi itu hasil kerja bersama.", ("Retno", "Menlu")),
])
def test_an_office_alone_is_the_person_known_to_hold_it(text, expected):
    q = quotes(text)[-1]
    assert (q.speaker, q.role) == expected


def test_an_abbreviation_replaces_exactly_the_long_form_it_stands_for():
    text = ("Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu (DPMPTSP) Kabupaten Serang, "
            "Yusuf Maulana, mengatakan izin kini terbit dalam sehari.")
    assert the_speaker_and_role(text) == ("Yusuf Maulana", "Kepala DPMPTSP Kabupaten Serang")
    # the long form may end with a word that starts like the abbreviation: "Korupsi (KPK)"
    text = "Ketua Komisi Pemberantasan Korupsi (KPK) Agus Rahardjo mengatakan pencegahan diperkuat."
    assert the_speaker_and_role(text) == ("Agus Rahardjo", "Ketua KPK")
    # "(Persero)" abbreviates nothing before it: the role stays as written
    text = "Sekretaris Perusahaan PT Taspen (Persero), Hadi Purnomo Wicaksono, menyampaikan bahwa klaim naik."
    assert the_speaker_and_role(text) == ("Hadi Purnomo Wicaksono", "Sekretaris Perusahaan PT Taspen (Persero)")


def test_a_place_after_the_event_is_not_the_name_of_the_office_holder():
    text = ("Hal tersebut disampaikan Sekretaris Daerah DIY dalam sarasehan di Gedhong Pracimosono, "
            "Kompleks Kepatihan, Selasa (18/10/2022).")
    (q,) = quotes(text)
    assert q.speaker == "Sekretaris Daerah DIY"


def test_an_office_whose_unit_lists_its_fields_keeps_its_commas():
    text = ("Deputi Bidang Pelayanan, Pengawasan, dan Akuntabilitas Kementerian PANRB, Sri Handayani Putri, "
            "mengatakan evaluasi dimulai bulan depan.")
    (q,) = quotes(text)
    assert q.speaker == "Sri Handayani Putri"
    assert q.role == "Deputi Bidang Pelayanan, Pengawasan, dan Akuntabilitas Kementerian PANRB"


def test_a_police_rank_before_the_name_is_neither_name_nor_role():
    text = ("Kepala Bidang Humas Polda Riau, AKBP Dedi Kurniawan, membenarkan laporan itu. "
            "Menurut Dedi, pelapor sudah dimintai keterangan.")
    assert speakers_and_roles(text) == {("Dedi Kurniawan", "Kepala Bidang Humas Polda Riau")}


@pytest.mark.parametrize("text, expected", [
    ('"Nanti kami jemput," kata Kabid Humas Polda Metro Jaya Komisaris Besar Raden Prabowo Argo Yuwono.',
     ("Raden Prabowo Argo Yuwono", "Kabid Humas Polda Metro Jaya")),
    ('"Jangan anarkis," kata Kapolri Jenderal Tito Karnavian di Jakarta.', ("Tito Karnavian", "Kapolri")),
    ('"Sudah ditangkap," kata Kepala Subdirektorat II Polda Jatim Ajun Komisaris Besar Polisi Yudhistira Midyahwan.',
     ("Yudhistira Midyahwan", "Kepala Subdirektorat II Polda Jatim")),
    ('"Kapal siap," kata Panglima TNI Jenderal Gatot Nurmantyo.', ("Gatot Nurmantyo", "Panglima TNI")),
    # "TNI" after a rank is the rank's
    ('"Kapal siap berlayar," kata Danlantamal IV Kepulauan Riau Laksma TNI R Eko Suyatno.',
     ("R Eko Suyatno", "Danlantamal IV Kepulauan Riau")),
    ('"Iya benar," kata Kepala Bagian Penerangan Umum Divisi Humas Mabes Polri, Kombes Martinus Sitompul, di Jakarta.',
     ("Martinus Sitompul", "Kepala Bagian Penerangan Umum Divisi Humas Mabes Polri")),
])
def test_a_rank_written_out_is_neither_name_nor_role(text, expected):
    assert speakers_and_roles(text) == {expected}


@pytest.mark.parametrize("office", ["Sekretaris Jenderal", "Direktur Jenderal", "Inspektur Jenderal",
                                    "Duta Besar", "Guru Besar", "Presiden Komisaris"])
def test_an_office_that_ends_like_a_rank_keeps_it(office):
    text = f'"Kami siap," kata {office} Budi Santoso.'
    assert speakers_and_roles(text) == {("Budi Santoso", office)}


def test_the_role_of_a_representative_is_the_office_of_whoever_spoke():
    text = ("Bupati Sleman yang diwakili Asisten Pemerintahan Setda Sleman, Budi Harsono, mengatakan "
            "pelayanan dibuka sampai malam.")
    assert the_speaker_and_role(text) == ("Budi Harsono", "Asisten Pemerintahan Setda Sleman")


def test_what_follows_an_office_without_being_part_of_it_is_left_out_of_the_role():
    text = ("Ketua Pelaksana UPP Saber Pungli Kabupaten Garut yang juga Inspektur Kabupaten, Deni Hermawan, "
            "menegaskan bahwa laporan warga ditindaklanjuti.")
    assert the_speaker_and_role(text) == ("Deni Hermawan", "Ketua Pelaksana UPP Saber Pungli Kabupaten Garut")


def test_an_opening_phrase_before_the_subject_is_not_the_speaker():
    text = ("Kepala BKD Kota Malang, Wahyu Setiawan Putra, membuka acara itu. Ditanya soal tunjangan, "
            "Wahyu menjelaskan bahwa besarannya belum berubah. Usai rapat, Wahyu mengatakan data segera dikirim.")
    qs = quotes(text)
    assert len(qs) == 2
    assert {(q.speaker, q.role) for q in qs} == {("Wahyu Setiawan Putra", "Kepala BKD Kota Malang")}


@pytest.mark.parametrize("text, expected", [
    # the person named in the opening is its object; the day closes the opening
    ("Saat membacakan tuntutan terhadap mantan Menteri Kesehatan Siti Fadilah Supari di Pengadilan Tipikor "
     "Jakarta, Rabu (31/5) malam, Jaksa Penuntut Umum KPK Iskandar Marwanto menyebut terdakwa menerima dana.",
     ("Iskandar Marwanto", "Jaksa Penuntut Umum KPK")),
    ("Dilansir dari laman Reuters, Selasa (15/8), Wakil Menteri Dalam Negeri India, Kiren Rijiju, "
     "menyampaikan kepada parlemen bahwa pemerintah akan mendata para pengungsi.",
     ("Kiren Rijiju", "Wakil Menteri Dalam Negeri India")),
])
def test_an_opening_that_ends_with_the_day_is_followed_by_the_subject(text, expected):
    assert the_speaker_and_role(text) == expected


@pytest.mark.parametrize("text, expected", [
    ('"Isu itu seksi," kata Direktur Eksekutif Voxpol Center, Pangi Syarwi Chaniago saat dihubungi.',
     ("Pangi Syarwi Chaniago", "Direktur Eksekutif Voxpol Center")),
    ('"Kami sudah memeriksa saksi," ujar Kabid Humas Polda Metro Jaya, Kombes Awi Setiyono, Kamis (22/9).',
     ("Awi Setiyono", "Kabid Humas Polda Metro Jaya")),
    ("Menurut Kepala Departemen Fox International Channels, Cora Yim, pihaknya tengah berupaya.",
     ("Cora Yim", "Kepala Departemen Fox International Channels")),
])
def test_a_name_after_the_comma_is_the_holder_of_an_office_that_names_its_body(text, expected):
    assert the_speaker_and_role(text) == expected


def test_a_name_after_the_comma_that_goes_on_is_not_the_holder():
    text = ("Menurut Direktur Movistar Yamaha Massimo Meregalli, Autodromo Termas de Rio Hondo memiliki "
            "karakter tersendiri.")
    (q,) = quotes(text)
    assert q.speaker.endswith("Massimo Meregalli")  # the body still glues to it: "Movistar Yamaha Massimo ..."


def test_a_pronoun_after_a_quote_refers_to_its_speaker_not_to_a_person_named_inside_it():
    text = ('"Reklamasi seksi bagi para penantang Calon Gubernur Petahana Basuki Tjahaja Purnama," kata '
            "Direktur Eksekutif Voxpol Center, Pangi Syarwi Chaniago.\n\n"
            "Menurut dia, isu reklamasi bisa dipakai lawan politik.")
    assert speakers(text) == {"Pangi Syarwi Chaniago"}


def test_an_office_holder_who_names_an_era_is_no_antecedent():
    text = ('"APBN harus sehat," tutur Boediono di Jakarta.\n\n'
            "Pada era Presiden Soeharto, rambu itu berupa anggaran berimbang.\n\n"
            '"Utang selalu menjadi penyebab gejolak," ujarnya.')
    assert speakers(text) == {"Boediono"}


@pytest.mark.parametrize("text, expected", [
    ('"Itu juga yang terbaik buat Jawa Timur," kata Bakal calon Gubernur Jawa Timur Saifullah Yusuf.\n\n'
     '"Siapa yang akan mendampingi saya, itu yang terbaik," kata mantan ketua umum GP Ansor tersebut.',
     {"Saifullah Yusuf"}),
    ('"Kami akan berjuang supaya bisa naik podium," kata pebalap Spanyol Marc Marquez.\n\n'
     '"Fans kami selalu bersemangat," kata pebalap Spanyol tersebut.', {"Marc Marquez"}),
])
def test_a_description_closed_by_tersebut_refers_back_to_the_last_speaker(text, expected):
    assert speakers(text) == expected


def test_a_name_after_a_description_that_refers_back_opens_the_clause():
    text = ('"Kami bermain bagus," kata pelatih Aji Santoso.\n\n'
            "Menurut pelatih Persebaya tersebut, Misbakus Solikin dan kolega bisa membawa pulang poin.")
    assert speakers(text) == {"Aji Santoso"}


def test_a_place_after_an_office_is_no_antecedent():
    text = ('"Itu mengandung hikmah," kata Bakal calon Gubernur Jawa Timur Saifullah Yusuf.\n\n'
            "Menjelang Pemilihan Kepala Daerah (Pilkada) Jawa Timur 2018, pasangan itu menjadi sorotan.\n\n"
            '"Saya selalu ingat pesan para ulama," ucapnya.')
    assert speakers_and_roles(text) == {("Saifullah Yusuf", "Bakal calon Gubernur Jawa Timur")}


@pytest.mark.parametrize("text, expected", [
    # the lawyer is not named: the person after "kuasa hukum" is the client
    ("Tim kuasa hukum mantan Menteri Kesehatan Siti Fadilah Supari mengklaim uang itu tak terkait kasus.",
     ("", "kuasa hukum mantan Menteri Kesehatan Siti Fadilah Supari")),
    ('"Klien kami kooperatif," kata kuasa hukum Axel.', ("", "kuasa hukum Axel")),
    # named after the comma
    ("Adik dan juga kuasa hukum Basuki Tjahaja Purnama atau Ahok, Fifi Lety Indra, mengatakan gugatan itu "
     "tetap berjalan.", ("Fifi Lety Indra", "kuasa hukum Basuki Tjahaja Purnama")),
    # a lawyer's title: the person after it is the lawyer
    ('"Kami akan banding," kata pengacara Anton Taufik.', ("Anton Taufik", "pengacara")),
    ('"Kami akan banding," kata pengacara muda Anton Taufik.', ("Anton Taufik", "pengacara muda")),
])
def test_the_person_after_kuasa_hukum_is_the_client_not_the_speaker(text, expected):
    assert the_speaker_and_role(text) == expected


def test_a_client_keeps_the_office_written_after_the_lawyers():
    text = ("Tim kuasa hukum mantan Menteri Kesehatan Siti Fadilah Supari mengklaim uang itu tak terkait kasus.\n\n"
            'Siti menegaskan tak ada uang yang mengalir darinya. "Tidak ada dana dari saya," tandasnya.')
    assert speakers_and_roles(text) == {("", "kuasa hukum mantan Menteri Kesehatan Siti Fadilah Supari"),
                                        ("Siti Fadilah Supari", "mantan Menteri Kesehatan")}


@pytest.mark.parametrize("text, expected", [
    ('"Pelabuhan Tegal dikembangkan," kata General Manager Pelindo III Tanjung Emas, Agus Hermawan.',
     ("Agus Hermawan", "General Manager Pelindo III Tanjung Emas")),
    ('"Pasar kami tumbuh," kata Country Manager Carousell Indonesia Olivia Lautner.',
     ("Olivia Lautner", "Country Manager Carousell Indonesia")),
    ('"Kereta tambahan disiapkan," ujar Senior Manajer Humas KAI Daop 1 Edy Kuswoyo.',
     ("Edy Kuswoyo", "Senior Manajer Humas KAI Daop 1")),
])
def test_an_english_title_is_an_office(text, expected):
    assert the_speaker_and_role(text) == expected


@pytest.mark.parametrize("text, expected", [
    ('"Trek di Argentina cocok untuk kami," kata Direktur Movistar Yamaha Massimo Meregalli.\n\n'
     "Kedua pebalap Movistar Yamaha tampil baik. Meregalli yakin dengan kondisi mereka.",
     {("Massimo Meregalli", "Direktur Movistar Yamaha")}),
    ('"Kami tidak akan menjual pemain," kata Manajer Manchester United Jose Mourinho.\n\n'
     "Manchester United kalah pekan lalu. Mourinho tetap tenang.",
     {("Jose Mourinho", "Manajer Manchester United")}),
])
def test_a_body_written_before_a_name_belongs_to_the_role(text, expected):
    # the article writes the body on its own, and the person without it
    assert speakers_and_roles(text) == expected


@pytest.mark.parametrize("text, expected", [
    ('"Stok hewan kurban aman," kata Kepala Bidang Peternakan Dinas Pertanian DIY Sutarno.\n\n'
     "Sutarno menambahkan pemeriksaan dilakukan tiap pekan.", ("Sutarno", "Kepala Bidang Peternakan Dinas Pertanian DIY")),
    ('"Kami tidak akan mundur," kata Perdana Menteri Israel Benjamin Netanyahu.\n\n'
     "Netanyahu berbicara di depan kabinetnya.", ("Benjamin Netanyahu", "Perdana Menteri Israel")),
])
def test_an_acronym_or_a_place_after_an_office_is_no_name_word(text, expected):
    assert expected in speakers_and_roles(text)


def test_a_body_that_starts_with_an_acronym_keeps_it():
    text = 'HMD Global meluncurkan ponsel baru.\n\n"Harganya terjangkau," kata HMD Global.'
    assert speakers(text) == {"HMD Global"}


@pytest.mark.parametrize("text, expected", [
    ('"Bahasa kita terus berkembang," kata Profesor Fathur Rokhman.', ("Fathur Rokhman", "Profesor")),
    ('"Depresi sering tak terlihat," kata Psikolog Andri.', ("Andri", "Psikolog")),
])
def test_a_professor_or_a_psychologist_is_so_in_the_role(text, expected):
    assert the_speaker_and_role(text) == expected


@pytest.mark.parametrize("text, expected", [
    ('"Kapal tambahan disiapkan," kata Direktur Angkutan dan Logistik Pelni Harry Boediarto.\n\n'
     "Pelni menambah trayek. Harry menyebut kapal siap.", ("Harry Boediarto", "Direktur Angkutan dan Logistik Pelni")),
    # (the name as the speaker gives it, when the article names the person again: "kata Fajar")
    ("Deputi Bidang Usaha Pertambangan, Industri Strategis dan Media Fajar Harry Sampurno mengatakan, "
     'holding itu akan lincah. "Kami siap," kata Fajar.',
     ("Fajar Harry Sampurno", "Deputi Bidang Usaha Pertambangan, Industri Strategis dan Media")),
])
def test_the_second_field_of_an_office_joined_by_dan_is_no_name_word(text, expected):
    assert expected in speakers_and_roles(text)


@pytest.mark.parametrize("text, expected", [
    ('"Itu perhatian setiap tahun," ujar Deputi Bidang Usaha Energi, Logistik, Kawasan dan Pariwisata '
     "Kementerian BUMN, Edwin Abdullah Hidayat, di Jakarta.",
     ("Edwin Abdullah Hidayat", "Deputi Bidang Usaha Energi, Logistik, Kawasan dan Pariwisata Kementerian BUMN")),
    ('"Situasi aman," kata Menteri Koordinator Bidang Politik, Hukum, dan Keamanan Wiranto di Jakarta.',
     ("Wiranto", "Menteri Koordinator Bidang Politik, Hukum, dan Keamanan")),
])
def test_the_commas_between_the_fields_of_an_office_after_the_cue_end_nothing(text, expected):
    # before, the mention stopped at the first comma and "Logistik" or "Hukum" was taken for the name
    assert speakers_and_roles(text) == {expected}


@pytest.mark.parametrize("text, expected", [
    ("Presiden Joko Widodo dan Ketua Umum KADIN Indonesia Rosan P. Roeslani hadir. Rosan mengatakan dunia usaha "
     "siap.", ("Rosan P. Roeslani", "Ketua Umum KADIN Indonesia")),
    ("Gubernur Jambi Zumi Zola dan Kapolda Jambi Brigjen Priyo Widyanto meninjau lokasi. Priyo menegaskan "
     "jalur aman.", ("Priyo Widyanto", "Kapolda Jambi")),
])
def test_after_another_holder_and_dan_the_office_is_the_persons_own(text, expected):
    # before, the role ran back over the other person: "Presiden Joko Widodo dan Ketua Umum KADIN Indonesia"
    assert speakers_and_roles(text) == {expected}


def test_two_offices_joined_by_dan_before_one_person_stay_whole():
    text = "Bakal calon gubernur dan wakil gubernur Agus Harimurti Yudhoyono hadir. Agus mengatakan siap."
    assert speakers_and_roles(text) == {("Agus Harimurti Yudhoyono", "Bakal calon gubernur dan wakil gubernur")}


def test_people_listed_after_an_office_and_its_comma_are_not_its_fields():
    text = '"Kami hadir," kata Menteri Perhubungan, Budi Karya dan Arief Yahya, di Jakarta.'
    assert speakers_and_roles(text) == {("Budi Karya", "Menteri Perhubungan")}


@pytest.mark.parametrize("text, expected", [
    ("Ketua Umum Partai Demokrat Susilo Bambang Yudhoyono (SBY) menyatakan Khofifah sudah mundur.",
     ("Susilo Bambang Yudhoyono", "Ketua Umum Partai Demokrat")),
    ("Wakil Presiden Jusuf Kalla (JK) mengatakan bahwa koruptor makin banyak.", ("Jusuf Kalla", "Wakil Presiden")),
    # a company's or a country's abbreviation still closes the office
    ("Kamar Dagang dan Industri Uni Emirat Arab (UEA) mengaku siap berinvestasi.", ("", "")),
])
def test_initials_in_brackets_after_a_name_are_the_persons_short_name(text, expected):
    quoted = quotes(text)
    assert [(q.speaker, q.role) for q in quoted] == ([expected] if expected[0] else [])


def test_a_rank_misspelled_jendral_is_no_name_word():
    text = '"Kami akan bertanggung jawab," kata Menteri Pertahanan Meksiko Jendral Salvador Cienfuegos.'
    assert speakers_and_roles(text) == {("Salvador Cienfuegos", "Menteri Pertahanan Meksiko")}


def test_the_word_after_an_office_units_number_is_its_place():
    text = ("Ketua RW 02 Jatipadang Arief Syarifuddin khawatir tanggul tidak kuat.\n\n"
            '"Masih banyak tanggul yang tipis," kata Arief.')
    assert speakers_and_roles(text) == {("Arief Syarifuddin", "Ketua RW 02 Jatipadang")}


def test_a_country_that_speaks_is_not_a_longer_thing_ending_with_it():
    text = ("Ketegangan meningkat di kawasan Laut Cina Selatan.\n\n"
            "Cina mengklaim hampir semua jalur pelayaran di kawasan itu.")
    assert speakers(text) == {"Cina"}
    # a name after the country may be its leader's
    text = ('"Kami tidak akan mundur," kata Perdana Menteri Israel Benjamin Netanyahu.\n\n'
            'Netanyahu berbicara di depan kabinetnya. "Israel siap," kata Israel.')
    assert ("Benjamin Netanyahu", "Perdana Menteri Israel") in speakers_and_roles(text)


@pytest.mark.parametrize("text, expected", [
    ("Duta besar Inggris untuk Amerika Serikat Kim Darroch mengatakan ia telah menyampaikan keprihatinan.",
     ("Kim Darroch", "Duta besar Inggris untuk Amerika Serikat")),
    ("Duta Besar AS untuk PBB Nikki Haley mengatakan bahwa sanksi akan diperketat.",
     ("Nikki Haley", "Duta Besar AS untuk PBB")),
])
def test_an_office_for_a_country_or_a_body_and_its_holder_are_one_mention(text, expected):
    assert the_speaker_and_role(text) == expected


@pytest.mark.parametrize("sentence", [
    "Menurut survei Elabe untuk BFM TV, Macron diprediksi mendapat 62 persen suara.",
    "Namun menurut penelitian terbaru, secangkir teh hangat bisa menurunkan risiko glaukoma.",
    "Survei yang digelar Survation pekan ini mengungkapkan 53 persen warga menginginkan referendum.",
    "Sementara riset The Mail menyebut 35 persen warga setuju dengan kebijakan itu.",
])
def test_a_study_or_a_survey_is_no_speaker(sentence):
    assert quotes(sentence) == []


def test_a_first_name_the_article_quotes_on_its_own_is_no_body():
    text = ('"Saya bangga," kata atlet Maria Natalia Londa.\n\n'
            'Maria meraih medali emas. "Ini untuk Indonesia," kata Maria. Londa berlatih sejak kecil.')
    assert speakers(text) == {"Maria Natalia Londa"}


def test_a_bare_body_head_is_the_body_of_that_kind_that_spoke():
    text = ("Kementerian Luar Negeri Suriah pada Selasa menyatakan militer tak memiliki senjata kimia.\n\n"
            'Kementerian menegaskan, "Militer Suriah tidak menggunakannya di kota mana pun."')
    assert speakers(text) == {"Kementerian Luar Negeri Suriah"}


@pytest.mark.parametrize("text, expected", [
    ("Gubernur Jawa Barat Ahmad Heryawan meresmikan stadion itu.\n\n"
     '"Semua venue sudah siap," kata Aher.', ("Ahmad Heryawan", "Gubernur Jawa Barat")),
    ("Ketua DPR Setya Novanto hadir di sidang.\n\n" '"Saya siap diperiksa," kata Setnov.',
     ("Setya Novanto", "Ketua DPR")),
])
def test_a_nickname_that_blends_the_starts_of_a_name_is_that_person(text, expected):
    assert the_speaker_and_role(text) == expected


def test_a_blend_of_a_place_is_no_person():
    text = 'Presiden Korea Selatan hadir.\n\n"Kami siap berdialog," kata juru bicara Korsel.'
    assert "Korea Selatan" not in speakers(text)


@pytest.mark.parametrize("text, expected", [
    ("Sejalan, Ketua Pansus Angket KPK Agun Gunandjar menegaskan, perlindungan saksi adalah tugas LPSK.",
     ("Agun Gunandjar", "Ketua Pansus Angket KPK")),
    ("Toh, Anggota Komisi VII DPR Rofi Munawar mengatakan bahwa harga gas harus turun.",
     ("Rofi Munawar", "Anggota Komisi VII DPR")),
    # a person before the comma keeps the appositive after it
    ("Budi Santoso, pengusaha bengkel di Pontianak Timur, mengatakan bahwa izinnya kini cepat.",
     ("Budi Santoso", "pengusaha bengkel di Pontianak Timur")),
])
def test_an_opening_before_the_comma_is_no_name_for_the_office_holder_after_it(text, expected):
    assert the_speaker_and_role(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Kepala BPS Suhariyanto atau yang akrab disapa Ketjuk mengungkapkan, konsumsi pemerintah terkoreksi.",
     "Kepala BPS Suhariyanto"),
    ("Liliyana Natsir meraih gelar itu. Liliyana atau yang akrab disapa Butet, mengaku tampil lebih baik.",
     "Liliyana"),
    # "dipanggil" without "atau" or "akrab" is no nickname
    ("Bek sentral MU yang juga dipanggil ke timnas, Chris Smalling berharap Rooney dipanggil lagi.",
     "Chris Smalling"),
])
def test_the_nickname_after_a_subject_is_not_part_of_it(text, expected):
    (q,) = quotes(text)
    assert q.speaker_mention == expected


def test_a_source_that_opens_a_sentence_is_unnamed_too():
    text = ('"Insiden itu serius," kata juru bicara Yordania Mohammad Momani.\n\n'
            "Sumber dari pemerintahan Yordania yang enggan disebutkan namanya, mengatakan kini Israel "
            '"tengah mempertimbangkan permintaan" itu.')
    q = next(q for q in quotes(text) if q.speaker_mention == "Sumber")
    assert q.speaker == ""


def test_an_office_alone_names_the_person_the_article_gives_for_it():
    text = ("Bupati Sumbawa Abdul Haris Mustakim meresmikan mal pelayanan publik itu. "
            "\u201cSemua izin kini di satu tempat,\u201d kata Bupati.")
    assert the_speaker_and_role(text) == ("Abdul Haris Mustakim", "Bupati Sumbawa")
    # a province in two words and a name in three
    text = ("Gubernur DKI Jakarta Basuki Tjahaja Purnama meninjau bantaran Kali Krukut. "
            "\u201cBulan depan kami mulai bekerja,\u201d kata Gubernur di Balai Kota.")
    assert the_speaker_and_role(text) == ("Basuki Tjahaja Purnama", "Gubernur DKI Jakarta")


def test_a_pronoun_mention_does_not_take_the_next_capitalised_words_as_a_name():
    text = ("Kepala Bagian Organisasi Setda Kulon Progo, Anindita Sari, memaparkan capaian SAKIP. "
            "Menurut dia, Kulon Progo kini masuk lima besar di provinsi itu.")
    qs = quotes(text)
    assert qs and all(q.speaker == "Anindita Sari" for q in qs)


def test_a_relative_clause_after_the_subject_does_not_hide_the_speaker():
    text = ("Salah seorang warga, Marlina, yang mengurus akta di hari pertama, mengaku terbantu. "
            "\u201cAntrean sekarang cepat,\u201d ujarnya.")
    qs = quotes(text)
    assert [q.kind for q in qs] == ["indirect", "direct"]
    assert all(q.speaker == "Marlina" for q in qs)


def test_the_place_or_acronym_closing_an_office_is_not_the_first_name():
    text = ("\u201cJalur sepeda kami tambah,\u201d kata Gubernur DKI Jakarta Hendra Wiratama di Balai Kota. "
            "Ketua DPP PKB Sulastri Handayani menyampaikan bahwa fraksinya mendukung. "
            "\u201cKami siap,\u201d ujar Sulastri.")
    assert [(q.speaker, q.role) for q in quotes(text)] == [
        ("Hendra Wiratama", "Gubernur DKI Jakarta"),
        ("Sulastri Handayani", "Ketua DPP PKB"),
        ("Sulastri Handayani", "Ketua DPP PKB"),
    ]


def test_an_ordinary_person_is_described_as_written_but_a_resident_has_no_role():
    text = ("Seorang pedagang sayur, Wulan Sari, mengaku omzetnya naik. "
            "Warga Kelurahan Ampenan, Hamdan Ali, mengatakan antrean kini singkat.")
    assert [(q.speaker, q.role) for q in quotes(text)] == [("Wulan Sari", "pedagang sayur"), ("Hamdan Ali", "")]


def test_a_name_in_the_page_furniture_is_no_pronouns_antecedent():
    text = ("Kepala BKD Kota Jambi, Rina Wulandari, mengatakan formasi diumumkan lebih awal.\n\n"
            "Baca Juga: Wali Kota Jambi Resmikan Pasar Tradisional Angso Duo\n\n"
            "Ia mengingatkan pelamar agar merujuk pada informasi resmi.")
    assert speakers(text) == {"Rina Wulandari"}


def test_a_description_is_a_role_only_where_it_describes_the_speaker():
    text = ("Menteri Pendidikan Budi Hartono meninjau sekolah itu. Saat masuknya siswa baru ke sekolah, "
            "Budi mengatakan pengawasan guru perlu diperketat.")
    assert [(q.speaker, q.role) for q in quotes(text)] == [("Budi Hartono", "Menteri Pendidikan")]


def test_a_pronoun_refers_to_an_official_introduced_in_its_own_sentence():
    text = ("\u201cKami latih 600 pegawai,\u201d kata Kepala BKPSDM, Nurhasanah Putri. Pelatihan diikuti 600 orang "
            "peserta. Camat Pasar Kemis, Agus Salim Harahap, menyambut baik pelatihan tersebut. "
            "Ia mengakui sebagian staf senior kesulitan.")
    assert [(q.speaker, q.role) for q in quotes(text)][-1] == ("Agus Salim Harahap", "Camat Pasar Kemis")


@pytest.mark.parametrize("object_phrase", ["kasus yang menjerat Gubernur Annas Makmun",
                                           "surat kepada Sekretaris Jenderal PBB, Antonio Guterres"])
def test_an_official_named_as_an_object_is_no_pronouns_antecedent(object_phrase):
    text = ('"Kami mendesak KPK," kata Sekjen KAKI Ahmad Fikri. '
            f'Ia juga menyinggung {object_phrase}. "Harus diusut," tegasnya.')
    assert [q.speaker for q in quotes(text)] == ["Ahmad Fikri", "Ahmad Fikri"]


_TWO_MINISTERS = ("Peluncuran itu dihadiri Menteri Perhubungan Budi Karya Sumadi dan Menteri Pariwisata Arief Yahya.\n\n"
                  "{subject} mengapresiasi layanan helikopter itu.\n\n"
                  '"Ini ada satu celah pasar," ujarnya.')


@pytest.mark.parametrize("subject, expected", [
    ("Budi Karya", "Budi Karya Sumadi"),
    ("Namun, Budi", "Budi Karya Sumadi"),  # one name word, after an opening and its comma
])
def test_a_sentences_subject_named_alone_is_a_pronouns_antecedent(subject, expected):
    # the article names the subject in an office elsewhere; before, the last "Role Name" mention won
    assert [q.speaker for q in quotes(_TWO_MINISTERS.format(subject=subject))] == [expected]


@pytest.mark.parametrize("subject", [
    "Budi Karya dan Arief",  # one of a list is no antecedent
    "Kemenhub",  # nor a body
])
def test_a_subject_that_is_no_single_official_is_no_antecedent(subject):
    assert [q.speaker for q in quotes(_TWO_MINISTERS.format(subject=subject))] == ["Arief Yahya"]


def test_a_subject_before_another_speakers_quote_is_no_antecedent():
    # the body spoke last; the minister, named in office only further on, is not who "ujarnya" means
    text = ("Budi Karya mengapresiasi forum itu.\n\n"
            '"Forum ini berguna," kata KCNA.\n\n'
            '"Berhenti bermimpi," ujarnya.\n\n'
            "Menteri Perhubungan Budi Karya Sumadi hadir di forum itu.")
    assert [q.speaker for q in quotes(text)] == ["KCNA", ""]


@pytest.mark.parametrize("text, expected", [
    ("Ketua DPR Setya Novanto menemui Presiden.\n\nBeliau (Setnov) mengatakan pertemuan itu baik.",
     "Setya Novanto"),
    ("Gulat menyampaikan ada orang dari PT Duta Palma.\n\nPada pertemuan itu, mereka (PT Duta Palma) meminta "
     "agar lahannya dimasukkan ke dalam revisi RTRW.", "PT Duta Palma"),
])
def test_a_pronoun_made_clear_in_brackets_is_the_one_in_the_brackets(text, expected):
    assert quotes(text)[-1].speaker == expected


def test_the_number_of_a_regulation_is_no_name():
    # before, "Presiden Nomor" read as an office and its holder, "Nomor", the antecedent of "Ia"
    text = ("Menteri Koordinator Bidang Perekonomian Darmin Nasution hadir.\n\n"
            "Kebijakan itu dilandasi Peraturan Presiden Nomor 9 Tahun 2016.\n\n"
            "Ia menjelaskan, pemerintah akan memverifikasi sampel.")
    assert [q.speaker for q in quotes(text)] == ["Darmin Nasution"]


def test_a_country_that_speaks_is_no_pronouns_antecedent():
    # "dia" is a person: before, the country that spoke last was taken for the speaker
    text = ('"Kami siap berunding," kata Menteri Luar Negeri Retno Marsudi.\n\n'
            "Israel menyebut bahwa petugas itu kebal hukum.\n\n"
            '"Kami menunggu jawaban," kata dia.')
    assert [q.speaker for q in quotes(text)] == ["Retno Marsudi", "Israel", "Retno Marsudi"]


def test_an_official_named_after_berdasarkan_or_tentang_is_no_pronouns_antecedent():
    text = ("Sebagai diplomat, petugas keamanan itu punya kekebalan berdasarkan Konvensi Wina.\n\n"
            '"Kami menunggu jawaban," kata dia.')
    assert [q.speaker for q in quotes(text)] == [""]


@pytest.mark.parametrize("source", ["sumber yang enggan disebut namanya", "seorang sumber", "salah satu sumber"])
def test_an_unnamed_source_has_no_speaker_and_neither_has_its_katanya(source):
    text = ('Perdana Menteri Inggris Theresa May menelepon Fayez al-Sarraj. "Kami mampu menenangkan mereka," '
            f'kata {source}. "Namun Abedi tidak melupakannya," katanya.')
    assert [q.speaker for q in quotes(text)] == ["", ""]


def test_whom_the_speaker_spoke_to_is_no_pronouns_antecedent():
    text = ("\u201cKami tidak ingin ada perselisihan,\u201d kata Menteri Luar Negeri Turki Mevlut Cavusoglu kepada "
            "Qatari News Agency saat tiba di Doha.\n\n\u201cTurki akan mencari cara,\u201d tambahnya.")
    assert [q.speaker for q in quotes(text)] == ["Mevlut Cavusoglu", "Mevlut Cavusoglu"]


@pytest.mark.parametrize("text, expected", [
    ("Presiden Mesir Abdel Fattah al-Sisi menyatakan perundingan berlanjut.",
     ("Abdel Fattah al-Sisi", "Presiden Mesir")),
    ("CEO OLX Indonesia Olaf van Schagen mengatakan penjualan naik.", ("Olaf van Schagen", "CEO OLX Indonesia")),
    ('"Kami tumbuh," ujar Direktur Operasional True Money Indonesia Rio da Cunha.',
     ("Rio da Cunha", "Direktur Operasional True Money Indonesia")),
])
def test_a_lower_case_particle_is_part_of_the_name(text, expected):
    assert speakers_and_roles(text) == {expected}


def test_an_office_that_speaks_unnamed_keeps_its_commas():
    text = ("Deputi Bidang Pelayanan, Pengawasan, dan Akuntabilitas Kementerian PANRB menegaskan bahwa "
            "evaluasi dilakukan setiap tahun.")
    (q,) = quotes(text)
    office = "Deputi Bidang Pelayanan, Pengawasan, dan Akuntabilitas Kementerian PANRB"
    assert (q.speaker, q.role) == (office, office)


def test_circumstances_after_the_subject_do_not_hide_the_speaker():
    text = ("Sekretaris Daerah Kabupaten Sleman, Harda Kiswaya, dalam sambutannya mengatakan indeks RB "
            "Sleman naik tiga poin.")
    (q,) = quotes(text)
    assert (q.kind, q.speaker, q.role) == ("indirect", "Harda Kiswaya", "Sekretaris Daerah Kabupaten Sleman")


def test_a_common_word_opening_a_sentence_is_not_a_speaker():
    text = ("Kepala Dinas Kominfo, Budi Santoso, mengatakan layanan dibuka. "
            "Sumber mengatakan bahwa anggaran belum cair.")
    assert "Sumber" not in speakers(text)


@pytest.mark.parametrize("sentence", ["Penyelenggara mengatakan aksi itu damai.",
                                      "Mendengar itu, lewat telepon Soemitro meminta tambahan pasukan."])
def test_an_affixed_word_opening_a_sentence_is_not_a_speaker(sentence):
    text = f'Kepala Dinas Kominfo, Budi Santoso, mengatakan layanan dibuka. {sentence}'
    assert speakers(text) <= {"Budi Santoso", "Soemitro"}


@pytest.mark.parametrize("name", ["Dimas", "Sezai"])
def test_a_one_word_name_that_looks_affixed_is_still_a_name(name):
    assert speakers(f'"Kami siap melayani," kata {name}.') == {name}


@pytest.mark.parametrize("sentence, kind", [
    ("Pelatih asal Brasil itu mengaku tetap melakukan evaluasi.", "indirect"),
    ('"Kami belum puas," tukas pria kelahiran Balikpapan, Kalimantan Timur ini.', "direct"),
])
def test_a_description_by_origin_refers_back_to_the_last_speaker(sentence, kind):
    text = f'Wanderley Junior memuji timnya. "Kami siap," kata Wanderley. {sentence}'
    assert [(q.kind, q.speaker) for q in quotes(text)] == [("direct", "Wanderley Junior"), (kind, "Wanderley Junior")]


@pytest.mark.parametrize("description", ["mantan Direktur Pelaksana Bank Dunia ini", "Ketua DKPP itu",
                                         "pengacara tersebut"])
def test_a_phrase_closed_by_a_demonstrative_refers_back_to_the_last_speaker(description):
    text = ('Menteri Keuangan Sri Mulyani membuka rapat. "Kami bahas dengan Bappenas," kata Sri Mulyani. '
            f'"Realokasi anggaran mencerminkan prioritas," kata {description}.')
    assert speakers_and_roles(text) == {("Sri Mulyani", "Menteri Keuangan")}


def test_a_name_after_a_description_by_origin_is_the_speaker():
    text = "La Ode Hamiruddin (45), nelayan asal Kelurahan Mandati, mengatakan harga solar naik."
    assert [q.speaker for q in quotes(text)] == ["La Ode Hamiruddin"]


def test_a_prefix_tree_pattern_matches_exactly_its_words():
    import re

    from rbnlp._quotes import _prefix_tree

    words = ["menyebut", "menyebutkan", "mengaku", "mengakui", "me", "berkata", "berharap"]
    tree = re.compile(rf"\b(?:{_prefix_tree(words)})\b", re.IGNORECASE)
    plain = re.compile(rf"\b(?:{'|'.join(words)})\b", re.IGNORECASE)
    text = "Ia menyebutkan, Menyebut lalu mengakuinya; ME berkata-kata, berharapan, mengaku dan mengakui."
    assert [m.span() for m in tree.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert [m.group(0) for m in tree.finditer(text)] == ["menyebutkan", "Menyebut", "ME", "berkata", "mengaku",
                                                        "mengakui"]


def test_a_key_quote_takes_the_best_score_of_the_sentences_it_overlaps():
    from rbnlp._quotes import rank_quotes

    sentences = [Sentence("a", 0, 10), Sentence("b", 11, 20), Sentence("c", 21, 30), Sentence("d", 31, 40)]
    quotes = [Quote("x", 12, 25, kind="indirect"), Quote("y", 31, 35, kind="direct"), Quote("z", 0, 40, kind="indirect")]
    ranked = rank_quotes(quotes, sentences, [0.1, 0.2, 0.8, 0.4])
    # x spans b and c (0.8); y lies in d (0.4, direct x 1.1); z spans all (0.8): scaled by the best
    assert [q.score for q in ranked] == [1.0, round(0.44 / 0.8, 4), 1.0]
    assert [(q.text, q.start, q.end, q.kind) for q in ranked] == [(q.text, q.start, q.end, q.kind) for q in quotes]


def test_rescoring_a_quote_keeps_every_other_field():
    from dataclasses import fields, replace

    from rbnlp._quotes import _scored

    q = Quote(**{f.name: (f"v{i}" if f.type == "str" else i + 1) for i, f in enumerate(fields(Quote))})
    assert _scored(q, 0.5) == replace(q, score=0.5)


def test_another_articles_headline_in_the_furniture_does_not_lengthen_a_name():
    text = ('Prilly bersyukur atas kekurangannya.\n"Aku enggak kepikiran operasi hidung," kata Prilly.\n'
            "Baca Juga: Prilly Latuconsina Kebal Dijodohkan\n")
    assert speakers(text) == {"Prilly"}


def test_a_short_furniture_line_can_still_give_the_full_name():
    # a list heading is furniture by its shape, but it names this article's person
    text = ("Sheza akhirnya memutuskan menikah tahun ini.\n\n4. Sheza Idris\n\n"
            '"Rencananya tahun ini," kata Sheza di Jakarta.\n')
    assert speakers(text) == {"Sheza Idris"}


@pytest.mark.parametrize("opening", ["Sebelumnya", "Terpisah", "Namun", "Sementara"])
def test_an_opening_adverb_is_not_the_speaker(opening):
    text = f"{opening}, Presiden Joko Widodo mengatakan pemerintah masih melakukan kajian."
    assert speakers_and_roles(text) == {("Joko Widodo", "Presiden")}


@pytest.mark.parametrize("text, expected", [
    ("Menteri Keuangan Sri Mulyani Indrawati mengatakan defisit tetap terjaga.",
     ("Sri Mulyani Indrawati", "Menteri Keuangan")),
    ("Menteri Pendidikan dan Kebudayaan Muhadjir Effendy menegaskan sekolah tetap buka.",
     ("Muhadjir Effendy", "Menteri Pendidikan dan Kebudayaan")),
    ("Menurut Menteri Riset Teknologi dan Pendidikan Tinggi, M Nasir, empat kampus dilibatkan.",
     ("M Nasir", "Menteri Riset Teknologi dan Pendidikan Tinggi")),
    ("Menteri Komunikasi dan Informatika Rudiantara mengatakan sertifikasi kini lebih cepat.",
     ("Rudiantara", "Menteri Komunikasi dan Informatika")),
    ("Menteri Agama Lukman Hakim Saifuddin mengimbau jamaah menjaga kesehatan.",
     ("Lukman Hakim Saifuddin", "Menteri Agama")),
])
def test_the_field_of_an_office_is_the_roles_and_a_lone_initial_the_names(text, expected):
    assert speakers_and_roles(text) == {expected}


def test_an_office_after_an_opening_of_circumstances_is_the_subject():
    text = ("Menteri Kelautan dan Perikanan Susi Pudjiastuti tiba di Bitung. Dalam sambutannya Menteri Kelautan "
            "dan Perikanan menyampaikan harapannya bahwa kapal itu segera beroperasi.")
    assert speakers_and_roles(text) == {("Susi Pudjiastuti", "Menteri Kelautan dan Perikanan")}
    text = ("Dalam amanatnya, Penjabat Gubernur Aceh yang diwakili Sekretaris Daerah Aceh, Teuku Mahdi Alamsyah, "
            "meminta agar nilai BerAKHLAK tidak berhenti sebagai slogan.")
    assert speakers_and_roles(text) == {("Teuku Mahdi Alamsyah", "Sekretaris Daerah Aceh")}


def test_a_name_that_is_also_a_rank_word_is_still_a_name():
    assert speakers("Ajun mengakui ban bebek kuning itu lebih banyak dipilih pelanggan.") == {"Ajun"}


def test_a_possessed_noun_is_not_a_speaker():
    assert quotes("Desainnya mengingatkan saya pada kamera instan dua tahun silam.") == []


@pytest.mark.parametrize("text, expected", [
    ('Direktur Utama Pertamina Elia Massa Manik hadir. Saham PT Pertamina (Persero) naik. '
     '"Harga tetap," kata Elia.',
     ("Elia Massa Manik", "Direktur Utama Pertamina")),
    ('Ketua DPP Golkar Indra Bambang Utoyo hadir. Elektabilitas Golkar terus turun. '
     '"Kami gelisah," kata Indra.',
     ("Indra Bambang Utoyo", "Ketua DPP Golkar")),
])
def test_a_body_the_article_also_names_alone_closes_the_office(text, expected):
    assert speakers_and_roles(text) == {expected}


@pytest.mark.parametrize("text, expected", [
    ('Saham Kioson naik. "Kami siap," kata CEO Kioson Jasin Halim. Jasin menyebut IPO sudah lama direncanakan.',
     ("Jasin Halim", "CEO Kioson")),
    ('Elektabilitas Golkar terus turun. Ketua Umum Partai Golkar Setya Novanto mengatakan partai tetap solid. '
     'Menurut Setya Novanto, kader tidak perlu khawatir.',
     ("Setya Novanto", "Ketua Umum Partai Golkar")),
])
def test_a_body_inside_the_mention_of_the_speaker_closes_the_office(text, expected):
    assert speakers_and_roles(text) == {expected}


def test_a_first_name_never_written_without_the_rest_stays_in_the_name():
    # "Sandiaga" stands alone elsewhere, but "Salahuddin Uno" never does: the name is all three words
    text = ("Wakil Gubernur DKI Jakarta Sandiaga Salahuddin Uno mengatakan anggaran cukup. "
            "Rumah dinas Sandiaga di Jakarta Selatan sudah siap.")
    assert speakers(text) == {"Sandiaga Salahuddin Uno"}


def test_a_role_written_out_further_at_the_name_is_the_role_of_every_quote():
    text = ('Sidang Kabinet berlangsung pagi ini. '
            'Sementara, Sekretaris Kabinet Pramono Anung menyatakan anggaran sudah siap. '
            '"Begitu dilantik, ini bisa operasional," kata Pramono.')
    assert speakers_and_roles(text) == {("Pramono Anung", "Sekretaris Kabinet")}


def test_a_first_name_used_alone_for_the_person_stays_in_the_name():
    text = ("Wakil Ketua KPK Laode M Syarief mengatakan pencegahan diperkuat. "
            '"Kami tidak akan berhenti," kata Laode.')
    assert speakers(text) == {"Laode M Syarief"}
    # of two as long, the one that starts with the word the article shortens the name to
    text = ("Putusan itu sudah di Mahkamah Agung. Ketua Dewan Pakar Agung Laksono menyatakan isu itu tidak "
            "benar. Sebab, kata Agung, munaslub butuh syarat.")
    assert speakers(text) == {"Agung Laksono"}


def test_a_role_does_not_end_with_the_speakers_initial():
    text = '"Kami sudah siap," kata Menteri Hukum dan HAM Yasonna H Laoly di Jakarta.'
    assert speakers_and_roles(text) == {("Yasonna H Laoly", "Menteri Hukum dan HAM")}


@pytest.mark.parametrize("text, expected", [
    # a party or faction is named right after "Partai" / "Fraksi"
    ("Ketua Umum Partai Gerindra Prabowo Subianto mengatakan partainya siap.",
     ("Prabowo Subianto", "Ketua Umum Partai Gerindra")),
    ('"Kami sepakat," ucap Wakil Ketua Fraksi Nasdem Johnny G Plate.', ("Johnny G Plate", "Wakil Ketua Fraksi Nasdem")),
    # an initial keeps its period; the "Agung" of "Jaksa Agung" is the office's
    ("Bupati Poso Darmin A. Sigilipu mengatakan jalan itu segera diperbaiki.", ("Darmin A. Sigilipu", "Bupati Poso")),
    ("Jaksa Agung M Prasetyo mengatakan berkas perkara sudah lengkap.", ("M Prasetyo", "Jaksa Agung")),
    ('"Perempuan dan perdamaian tidak dapat dipisahkan," ujar Menteri Pemberdayaan Perempuan dan Perlindungan Anak '
     "Yohana Susana Yembise.", ("Yohana Susana Yembise", "Menteri Pemberdayaan Perempuan dan Perlindungan Anak")),
    ('"Izin masih rumit," kata Kepala Badan Koordinasi Penanaman Modal Thomas Lembong.',
     ("Thomas Lembong", "Kepala Badan Koordinasi Penanaman Modal")),
    # titles written without their period are not part of the name
    ("Rektor Unsrat Prof Dr Ellen J Kumaat mengatakan kampus siap.", ("Ellen J Kumaat", "Rektor Unsrat")),
    # an abbreviation in brackets closes the office, and may stand for the whole office
    ("Rektor Universitas Sam Ratulangi (Unsrat) Manado Ellen Kumaat mengatakan kampus siap.",
     ("Ellen Kumaat", "Rektor Unsrat Manado")),
    ("Kepala Staf TNI Angkatan Laut (KSAL) Laksamana Ade Supandi mengatakan kapal itu siap.", ("Ade Supandi", "KSAL")),
    ("Kanselir Jerman Angela Merkel mengatakan Eropa harus bersatu.", ("Angela Merkel", "Kanselir Jerman")),
])
def test_where_the_office_ends_and_the_name_begins(text, expected):
    assert speakers_and_roles(text) == {expected}


@pytest.mark.parametrize("dateline", ["Suara.com-", "Jakarta (ANTARA News) -", "JAKARTA (Pos Kota) –"])
def test_an_outlets_dateline_glued_to_the_office_is_not_part_of_it(dateline):
    text = (f"{dateline}Wakil Ketua DPR Fadli Zon menghadiri rapat itu. "
            '"Kami tunggu jadwal baru," kata Fadli.')
    assert speakers_and_roles(text) == {("Fadli Zon", "Wakil Ketua DPR")}


def test_a_name_in_brackets_after_another_name_takes_no_office_from_it():
    text = 'Presiden Joko Widodo (Jokowi) meminta warga bijak. "Jangan sebar hoaks," kata Jokowi.'
    assert all("(" not in q.role for q in quotes(text))


@pytest.mark.parametrize("text, expected", [
    # a word that opens a sentence is never part of the name, wherever it stands
    ("Kepala Dinas Pendidikan Djarot Santoso menjelaskan kurikulum baru. Sebelumnya Djarot mengatakan "
     "bahwa guru sudah dilatih.", {"Djarot Santoso"}),
    ("Hakim bertanya kepada Saksi Husni Fahmi. Husni mengatakan bahwa ia tidak tahu.", {"Husni Fahmi"}),
    # nor is a word that opens the next sentence, after a short word's period
    ('Warga menyambut Sandiaga Uno. Sebenarnya pertemuan itu tertutup. "Kami bahagia," kata Sandiaga.',
     {"Sandiaga Uno"}),
    # but Sasak and Maluku names keep "Lalu" and "Hi."
    ('"Layanan dibuka," kata Kepala Ombudsman RI Perwakilan NTB Lalu Ahmad Fauzan.', {"Lalu Ahmad Fauzan"}),
    ("Kepala Disdukcapil Kota Ternate, Ismail Hi. Abas, mengatakan permohonan naik. "
     '"Cukup kirim foto dari rumah," ujar Ismail.', {"Ismail Hi. Abas"}),
])
def test_words_that_open_a_sentence_are_not_part_of_a_name(text, expected):
    assert speakers(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a common word opening the article, glued to a name the article also writes without it
    ('Jakarta, CNN Indonesia--Usul Ahmad Dhani membentuk dewan museum dianggap tidak perlu. '
     '"Saya dan Ahmad Dhani sudah sepakat," kata Fadli. "Museum terlupakan," kata Dhani.', "Ahmad Dhani"),
    # and one opening a later sentence
    ('Warga berkumpul. Aktris Syifa Hadju datang. "Saya senang bertemu Syifa Hadju," kata Rina. '
     '"Terima kasih," ujar Syifa.', "Syifa Hadju"),
    # a first name that is also a common word, written inside a sentence elsewhere, stays
    ('Jung Chul Min berkomentar bahwa acara itu berhasil. Sutradara Jung Hee menyetujuinya. '
     '"Terima kasih," kata Chul Min.', "Jung Chul Min"),
    # as does one whose name has a single word left without it
    ('Agung Laksono membuka rapat. "Rapat ini penting," kata Laksono.', "Agung Laksono"),
])
def test_a_common_word_opening_a_sentence_is_not_the_first_name(text, expected):
    assert quotes(text)[-1].speaker == expected


def test_the_number_of_a_term_of_office_is_part_of_the_role():
    text = ("Ketua Komisi Pemberantasan Korupsi (KPK) Jilid I Taufiequrachman Ruki menepis pernyataan itu. "
            "Menurut Ruki, kasus itu biasa.")
    assert speakers_and_roles(text) == {("Taufiequrachman Ruki", "Ketua KPK Jilid I")}


def test_a_name_after_a_role_and_comma_ends_with_its_line():
    text = ('"Dia punya jiwa yang berbeda," ungkap Manajer Tim, Chairul Basalamah.\n\n'
            "Namun bukan berarti pemain lain tidak dipakai.")
    assert speakers_and_roles(text) == {("Chairul Basalamah", "Manajer Tim")}


def test_an_office_written_in_lower_case_before_the_name_is_its_role():
    text = ("Menurut peneliti LIPI Amin Mudzakkir, koalisi itu rapuh. "
            '"Semua masih cair," kata Amin.')
    assert speakers_and_roles(text) == {("Amin Mudzakkir", "peneliti LIPI")}
    text = ("Calon wakil gubernur Jawa Timur Emil Dardak enggan menanggapi isu itu. "
            '"Itu urusan partai," kata Emil.')
    assert speakers(text) == {"Emil Dardak"}


@pytest.mark.parametrize("text, expected", [
    ('"Harapan kami besar," ucap manajer tim Massimo Meregalli.\n\n'
     '"Kami gembira bisa memulai balapan di sini," tutur Meregalli.',
     {("Massimo Meregalli", "manajer tim")}),
    ("Kontrak itu diperpanjang, demikian diklaim presiden Josep Maria Bartomeu.\n\n"
     '"Kami klub yang mempertaruhkan segalanya," kata Bartomeu.',
     {("Josep Maria Bartomeu", "presiden")}),
])
def test_a_lower_case_office_before_a_short_mention_does_not_eat_a_name_word(text, expected):
    # the office stands outside the capitalised run, so the name's first word is still a name word
    assert {pair for pair in speakers_and_roles(text) if pair[0]} == expected


@pytest.mark.parametrize("text, expected", [
    ('"Setiap kejadian mengandung hikmah," ujar mantan Menteri Kesehatan Siti Fadilah Supari.',
     ("Siti Fadilah Supari", "mantan Menteri Kesehatan")),
    # a person introduced so is a pronoun's antecedent as any official is
    ("Bakal calon Gubernur Jawa Timur Saifullah Yusuf meyakini polemik itu membawa hikmah. "
     '"Setiap kejadian mengandung hikmah," ujarnya.', ("Saifullah Yusuf", "Bakal calon Gubernur Jawa Timur")),
    ("Busyro Muqoddas, mantan Wakil Ketua KPK, mengatakan bahwa revisi itu melemahkan.",
     ("Busyro Muqoddas", "mantan Wakil Ketua KPK")),
    ('Mantan Ketua KPK Antasari Azhar hadir di sidang itu. "Saya siap bersaksi," katanya.',
     ("Antasari Azhar", "Mantan Ketua KPK")),
])
def test_a_former_holder_or_a_candidate_is_written_so_in_the_role(text, expected):
    assert speakers_and_roles(text) == {expected}


@pytest.mark.parametrize("text, expected", [
    ('Wakil Gubernur DKI Jakarta Sandiaga Uno meninjau pasar. "Harga stabil," kata Sandi.',
     {("Sandiaga Uno", "Wakil Gubernur DKI Jakarta")}),
    ('Menteri Perdagangan Enggartiasto Lukita menyatakan surplus naik. "Ekspor tertinggi," jelas Enggar.',
     {("Enggartiasto Lukita", "Menteri Perdagangan")}),
    # a place is no shortened name, and two candidates are none
    ('Kopi itu bernama Turkish Coffee. "Kami tidak setuju," kata Turki.', {("Turki", "")}),
    ('Rapat dihadiri Budiman Sudjatmiko dan Budiarto Shambazy. "Kami hadir," kata Budi.', {("Budi", "")}),
])
def test_a_one_word_name_that_starts_the_full_name_of_one_person_is_that_person(text, expected):
    assert speakers_and_roles(text) == expected


def test_the_second_name_of_a_list_takes_no_office_from_the_first():
    text = ("Pertemuan itu dihadiri presiden Mohamed Salleh Marican dan Farid Khan. "
            '"Kami sepakat," kata Farid.')
    assert speakers_and_roles(text) == {("Farid Khan", "")}


@pytest.mark.parametrize("text, expected", [
    # a minister's short form is an office, not a first name
    ('"Kereta cepat dimulai tahun depan," ujar Menhub Budi Karya Sumadi.', ("Budi Karya Sumadi", "Menhub")),
    ('"Kami terus berkoordinasi," kata Menko Polhukam Wiranto.', ("Wiranto", "Menko Polhukam")),
    # what follows "office, " must be a name to be the speaker ("Jenderal" is a rank before it)
    ("Menurut Menlu Retno, Deklarasi Satu ASEAN Satu Respons terhadap Bencana diperlukan.", ("Retno", "Menlu")),
    ("Hal tersebut diungkapkan langsung oleh Presiden Ferrari, Sergio Marchionne.",
     ("Sergio Marchionne", "Presiden Ferrari")),
    # an office's field that is no ke-/pe-...-an noun is no name either
    ('"Diving kita kelas dunia," kata Menteri Pariwisata Arief Yahya.', ("Arief Yahya", "Menteri Pariwisata")),
    ('"Lowongan dibuka," kata Kepala Dinas Tenaga Kerja dan Transmigrasi Jawa Barat Ferry Sofwan Arief.',
     ("Ferry Sofwan Arief", "Kepala Dinas Tenaga Kerja dan Transmigrasi Jawa Barat")),
    # a country closes an office as a province does, in one word or two
    ('Menteri Luar Negeri Inggris Boris Johnson mengatakan, "China salah karena tidak mengizinkan Liu berobat."',
     ("Boris Johnson", "Menteri Luar Negeri Inggris")),
    ('"Kami tidak akan mundur," kata Presiden Amerika Serikat Donald Trump.',
     ("Donald Trump", "Presiden Amerika Serikat")),
    ("Duta Besar Korea Selatan Cho Tae-yong mengatakan bahwa kerja sama itu berlanjut.",
     ("Cho Tae-yong", "Duta Besar Korea Selatan")),
    # and a province in two words before a one-word name
    ("Gubernur Jawa Barat Ridwan mengatakan bahwa anggaran sudah cukup.", ("Ridwan", "Gubernur Jawa Barat")),
    # a country alone may speak, as a body does
    ("China menegaskan bahwa pihaknya tidak akan mundur.", ("China", "")),
    # the short forms of police and military offices
    ('"Pelaku sudah kami tangkap," kata Kadiv Humas Polri Irjen Setyo Wasisto.',
     ("Setyo Wasisto", "Kadiv Humas Polri")),
    ("Usulan tersebut disampaikan Dirlantas Polda Metro Jaya, Kombes Halim Pagarra. "
     "\u201cSepeda motor juga perlu ganjil-genap,\u201d katanya.", ("Halim Pagarra", "Dirlantas Polda Metro Jaya")),
    # after a place-taking office, its place or body, then a name of two words or more
    ("Ahli hukum pidana asal Universitas Trisakti Abdul Fickar Hajar menyatakan, DPR tak perlu berlebihan. "
     '"DPR itu milik rakyat," kata Fickar.', ("Abdul Fickar Hajar", "Ahli hukum pidana asal Universitas Trisakti")),
    # "Perdana Menteri" is an office in two words
    ('"Saya baru tahu dia tidak datang," kata Perdana Menteri Prayuth Chan-ocha.',
     ("Prayuth Chan-ocha", "Perdana Menteri")),
    ("Perdana Menteri Israel Benjamin Netanyahu mengatakan bahwa perundingan buntu.",
     ("Benjamin Netanyahu", "Perdana Menteri Israel")),
    # a place written after an acronym ("DKI Jakarta") closes the office before a one-word name
    ("Wakil Gubernur DKI Jakarta Sandiaga menyebut lahan itu untuk ruang terbuka.",
     ("Sandiaga", "Wakil Gubernur DKI Jakarta")),
    # a common noun borrowed with -asi, -itas, -isme names a body's work, never a person
    ("Ketua Tim Sinkronisasi Sudirman Said mengatakan bahwa transisi berjalan lancar.",
     ("Sudirman Said", "Ketua Tim Sinkronisasi")),
    # a ministry's short form closes the office too
    ("Asisten Deputi Pengembangan Pasar Eropa Kemenpar Nia Niscaya menjelaskan bahwa promosi terus berjalan.",
     ("Nia Niscaya", "Asisten Deputi Pengembangan Pasar Eropa Kemenpar")),
])
def test_offices_in_short_form_and_names_after_an_office(text, expected):
    assert speakers_and_roles(text) == {expected}


def test_an_opening_before_the_comma_is_not_the_name_of_the_office_after_it():
    text = ("Jakmall kini berusia satu tahun. Kepada DailySocial, CMO Jakmall Tommy Lim mengungkapkan bahwa "
            "penjualan naik. "
            '"Produk kami makin lengkap," kata Tommy.')
    assert speakers_and_roles(text) == {("Tommy Lim", "CMO Jakmall")}


# ---------------------------------------------------------------- institutions as speakers (guideline 3)


@pytest.mark.parametrize(
    "text, expected",
    [
        # an abbreviation takes the long form the article writes before it in brackets
        ("Badan Kepegawaian Negara (BKN) membuka seleksi CPNS pekan depan. "
         "BKN juga mengingatkan pelamar agar waspada terhadap penipuan.", "Badan Kepegawaian Negara (BKN)"),
        # a body named in full is its own fullest form
        ("Kementerian Dalam Negeri (Kemendagri) meminta pemda mempercepat belanja daerah.",
         "Kementerian Dalam Negeri (Kemendagri)"),
        # a body written short takes the place the article writes after it
        ("Dinas Kesehatan Kota Denpasar mencatat 412 kasus demam berdarah. "
         "Dinas Kesehatan juga mengimbau warga menguras bak mandi setiap pekan.", "Dinas Kesehatan Kota Denpasar"),
        # after an opening phrase
        ("Dalam paparannya, Badan Pusat Statistik menyebut beras masih menyumbang inflasi.",
         "Badan Pusat Statistik"),
        ("Ombudsman RI Perwakilan Bali menyatakan kantor pertanahan melakukan maladministrasi.",
         "Ombudsman RI Perwakilan Bali"),
        # an authority is a body
        ("Otoritas Jasa Keuangan (OJK) mengaku belum meminta bank merestrukturisasi kredit.",
         "Otoritas Jasa Keuangan (OJK)"),
        # a company is a body: "PT Duta Palma" was read as the office "Duta" of a "PT Palma"
        ("Jakarta, CNN Indonesia--PT Pertamina (Persero) menyatakan telah berbicara dengan tiga perusahaan.",
         "PT Pertamina (Persero)"),
        ("Dalam pertemuan itu, PT Duta Palma meminta agar lahannya masuk ke dalam revisi RTRW.", "PT Duta Palma"),
    ],
)
def test_a_body_that_speaks_is_the_speaker_in_its_fullest_form_with_no_role(text, expected):
    said = [q for q in quotes(text) if q.kind == "indirect"]
    assert [(q.speaker, q.role) for q in said] == [(expected, "")]


def test_a_body_is_not_the_antecedent_of_a_pronoun():
    text = ("Kepala Biro SDM BKN, Arief Nugroho, mengatakan survei digelar tiga pekan. "
            "BKN juga meminta pegawai mengisi kuesioner dengan jujur. "
            '"Hasilnya kami umumkan bulan depan," ujarnya.')
    assert [q.speaker for q in quotes(text)] == ["Arief Nugroho", "BKN", "Arief Nugroho"]


def test_an_office_holder_is_not_taken_for_the_body_of_the_office():
    # "Kepala Dinas", "JPU" are offices: their holder speaks
    text = ("Kepala Dinas Kesehatan Kota Denpasar, Ni Luh Putu Dewi, mengatakan kasus menurun. "
            "JPU Andika Pratama menyebut terdakwa menarik dana rumah sakit. JPU juga meminta hakim menolak pembelaan.")
    assert speakers(text) == {"Ni Luh Putu Dewi", "Andika Pratama"}


def test_initials_of_a_person_named_in_the_article_are_that_person():
    text = ("Wakil Presiden Jusuf Kalla membuka kongres media siber di Jakarta. "
            "JK mengaku membaca berita secara daring setiap pagi.")
    assert speakers_and_roles(text) == {("Jusuf Kalla", "Wakil Presiden")}


def test_a_body_that_adds_a_thing_says_nothing():
    # "menambahkan" of a body is to add something, unless it reports what the body said
    assert quotes("Dukcapil DKI menambahkan panduan bergambar di setiap menu layanan.") == []
    assert [q.speaker for q in quotes("Dukcapil DKI menambahkan, antrean daring dibuka pukul tujuh.")] == ["Dukcapil DKI"]


def test_a_capitalised_word_that_opens_with_kemen_is_a_body_only_when_it_is_no_ordinary_word():
    assert quotes("Kemenangan itu menyebut nama pelatih baru di mana-mana.") == []
    assert [q.speaker for q in quotes("Kemenkeu menyatakan defisit anggaran masih terkendali.")] == ["Kemenkeu"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # what the person acts as here is neither the office nor the name
        ("Kepala Dinas Pariwisata dan Kebudayaan Ida Hernida selaku penyelenggara mengungkapkan, penilaian "
         "dilakukan dewan juri.", {("Ida Hernida", "Kepala Dinas Pariwisata dan Kebudayaan")}),
        ("Kepala Bagian Tata Usaha Kanwil Kemenag Sumbar selaku koordinator UPG, Elvi Rahmawati, menjelaskan "
         "laporan gratifikasi naik.", {("Elvi Rahmawati", "Kepala Bagian Tata Usaha Kanwil Kemenag Sumbar")}),
        ("Ketua Pelaksana UPP Saber Pungli Sumedang yang juga Inspektur Kabupaten, Dedi Kurnia, mengatakan "
         "laporan masuk setiap hari.", {("Dedi Kurnia", "Ketua Pelaksana UPP Saber Pungli Sumedang")}),
        # and the role where no office is written before the name
        ("Arie Christoper selaku CEO Ferrari mengungkapkan bahwa mesin itu buatan Italia.",
         {("Arie Christoper", "CEO Ferrari")}),
    ],
)
def test_selaku_and_yang_juga_qualify_the_person_after_the_office(text, expected):
    assert speakers_and_roles(text) == expected


def test_an_initial_inside_a_name_is_part_of_the_fullest_name():
    text = ("Direktur Utama Telkom Indonesia, Alex J. Sinaga, menjelaskan bahwa slot orbit itu kosong. "
            '"Slotnya masih atas nama pemerintah," kata Alex.')
    assert speakers(text) == {"Alex J. Sinaga"}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Presiden Joko Widodo atau Jokowi mengajak semua pihak memerangi korupsi. "
         '"Ini musuh kita bersama," kata Jokowi.', {("Joko Widodo", "Presiden")}),
        ("Gubernur Jawa Barat Ahmad Heryawan (Aher) membuka acara. "
         '"Budaya harus dirawat," kata Aher.', {("Ahmad Heryawan", "Gubernur Jawa Barat")}),
        ("Penyanyi Abdul Wahyu Affandi atau lebih dikenal dengan Doel Sumbang meraih penghargaan. "
         '"Saya kehabisan kata-kata," ujar Doel Sumbang.', {("Abdul Wahyu Affandi", "")}),
        # "X atau Y" is also "X or Y": Loh is Dawn Loh, not Chris
        ('"Otak dan tubuh tidak lagi sejalan," ujar Dr Dawn Loh. Peneliti lain, Chris Colwell, mendukung temuan '
         'itu. Baik Chris atau Loh menyarankan tidur teratur. "Jangan makan tengah malam," kata Loh.',
         {("Dawn Loh", "")}),
        # the article writes the other name before it says whose it is
        ("Rombongan tiba pukul 09.00, disambut Jokowi. Presiden Joko Widodo atau Jokowi mengajak semua pihak "
         'memerangi korupsi. "Ini musuh kita bersama," kata Jokowi.', {("Joko Widodo", "Presiden")}),
        # a bracket that never closes gives no other name
        ("Gubernur Jawa Barat Ahmad Heryawan (Demiz membuka acara. "
         '"Budaya harus dirawat," kata Demiz.', {("Demiz", "")}),
    ],
)
def test_another_name_the_article_gives_a_person_is_that_person(text, expected):
    assert speakers_and_roles(text) == expected
