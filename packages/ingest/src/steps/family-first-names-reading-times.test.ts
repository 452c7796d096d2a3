import { describe, expect, it } from "vitest";
import { fromText } from "../from-text.js";
import { isStoryReadingTime } from "./boilerplate.js";
import { parseDateLine } from "./date-line.js";
import { lines, writers } from "./_stories.test-helpers.js";

// Round dt124: a writer's bare name over the date in Greek, Vietnamese, Romanian and Hungarian, a whole weekday opening
// the date line under a name, and mobile "date · 4 min read" lines in languages of long words. Every page here is
// invented for these tests.

interface Story {
  site: string;
  headline: string;
  deck: string;
  date: string;
  body: readonly string[];
}

const STORIES: Readonly<Record<"el" | "vi" | "ro" | "hu" | "id", Story>> = {
  el: {
    site: "Ηπειρωτικά Νέα",
    headline: "Ανακαινίζεται το παλιό λιμάνι της Πρέβεζας με κονδύλια της περιφέρειας",
    deck: "Οι εργασίες θα ξεκινήσουν τον Σεπτέμβριο και θα διαρκέσουν δεκαοκτώ μήνες.",
    date: "14 Μαΐου 2025, 09:40",
    body: [
      "Το παλιό λιμάνι της Πρέβεζας θα ανακαινιστεί πλήρως, σύμφωνα με την απόφαση του περιφερειακού συμβουλίου που ελήφθη την Τρίτη.",
      "Το έργο περιλαμβάνει νέο κρηπίδωμα, φωτισμό και χώρους στάθμευσης για τα τουριστικά σκάφη.",
    ],
  },
  vi: {
    site: "Báo Đồng Bằng",
    headline: "Cần Thơ khởi công tuyến đường ven sông dài 6 km",
    deck: "Dự án có tổng vốn hơn 900 tỷ đồng, dự kiến hoàn thành vào cuối năm 2027.",
    date: "Thứ tư, 14/05/2025 - 08:15",
    body: [
      "Sáng 14/5, thành phố Cần Thơ tổ chức lễ khởi công tuyến đường ven sông nối quận Ninh Kiều với quận Cái Răng.",
      "Tuyến đường rộng 20 m, có vỉa hè và dải cây xanh dọc bờ sông.",
    ],
  },
  ro: {
    site: "Gazeta de Bihor",
    headline: "Oradea deschide un nou parc pe malul Crișului",
    deck: "Parcul are piste de biciclete, locuri de joacă și o zonă pentru evenimente în aer liber.",
    date: "14 mai 2025, 08:15",
    body: [
      "Primăria Oradea a deschis sâmbătă un nou parc pe malul Crișului Repede, amenajat pe locul unei foste zone industriale.",
      "Lucrările au costat 24 de milioane de lei și au durat doi ani.",
    ],
  },
  hu: {
    site: "Dunántúli Hírek",
    headline: "Új kerékpárutat adtak át a Balaton északi partján",
    deck: "A tizenkét kilométeres szakasz három települést köt össze.",
    date: "2025. május 14. 08:15",
    body: [
      "Szerdán átadták a Balaton északi partjának új kerékpárútját, amely három települést köt össze.",
      "A beruházás kétmilliárd forintba került, és uniós forrásból valósult meg.",
    ],
  },
  id: {
    site: "Warta Lombok",
    headline: "Nelayan Lombok Timur keluhkan harga solar yang naik",
    deck: "Kenaikan harga membuat sebagian nelayan memilih tidak melaut selama sepekan.",
    date: "Rabu, 14 Mei 2025 | 08:15 WITA",
    body: [
      "Ratusan nelayan di Lombok Timur mengeluhkan kenaikan harga solar yang membuat biaya melaut bertambah hampir dua kali lipat.",
      "Pemerintah kabupaten berjanji membahas subsidi dengan pemerintah provinsi pekan depan.",
    ],
  },
};

/**
 * A page whose header sets `over` (a name, a place, a party) apart over its date line `date`, a blank line between: a
 * line packed right over the date is read by its shape, as before this round.
 */
function overDate(story: Story, over: string | undefined, date = story.date): string {
  const header = over === undefined ? [date] : [over, "", date];
  return lines(story.site, "", story.headline, "", story.deck, "", ...header, "", story.body.join("\n\n"), "", `© 2025 ${story.site}`);
}

describe("round dt124: a writer's name alone over the date in Greek, Vietnamese, Romanian and Hungarian", () => {
  it("signs a Greek name opening with a common given name", () => {
    expect(writers(overDate(STORIES.el, "Γιώργος Παπαδάκης"))).toEqual(["Γιώργος Παπαδάκης"]);
    expect(writers(overDate(STORIES.el, "Ελένη Δημητρίου"))).toEqual(["Ελένη Δημητρίου"]);
    // A place, a party or a paper over the date signs nothing.
    for (const line of ["Θεσσαλονίκη", "Άγιος Νικόλαος", "Νέα Δημοκρατία", "Η Καθημερινή", "Νότια Κρήτη"]) {
      expect(writers(overDate(STORIES.el, line))).toEqual([]);
    }
  });

  it("signs a Vietnamese name of three words opening with a family name, under a weekday opening the date", () => {
    expect(writers(overDate(STORIES.vi, "Trần Văn Hùng"))).toEqual(["Trần Văn Hùng"]);
    expect(writers(overDate(STORIES.vi, "Nguyễn Thị Lan"))).toEqual(["Nguyễn Thị Lan"]);
    expect(writers(overDate(STORIES.vi, "Nguyễn Thị Lan", "14/05/2025 - 08:15"))).toEqual(["Nguyễn Thị Lan"]);
    // Two words opening with a family name are a place as often; a city named for a person, a lake, a paper, a party.
    for (const line of ["Hoàng Sa", "Phan Thiết", "Lý Sơn", "Hồ Chí Minh", "Hồ Hoàn Kiếm", "Tuổi Trẻ", "Đảng Cộng sản Việt Nam"]) {
      expect(writers(overDate(STORIES.vi, line))).toEqual([]);
    }
  });

  it("signs a Romanian name and a Hungarian one in its family-first order", () => {
    expect(writers(overDate(STORIES.ro, "Ioana Marinescu"))).toEqual(["Ioana Marinescu"]);
    expect(writers(overDate(STORIES.hu, "Kovács Péter"))).toEqual(["Kovács Péter"]);
    expect(writers(overDate(STORIES.hu, "Nagy Anna"))).toEqual(["Nagy Anna"]);
    // A family name before no given name, or before a street's word, signs nothing.
    for (const line of ["Nagy Britannia", "Kovács Kft", "Szabó Péter utca"]) {
      expect(writers(overDate(STORIES.hu, line))).toEqual([]);
    }
    // Review of dt124: a school named for a poet, a commune named for a prince, a river (Czech "řeka", keyed as "Réka").
    for (const line of ["József Attila Gimnázium", "Mircea Vodă", "Řeka Morava"]) {
      expect(writers(overDate(STORIES.hu, line))).toEqual([]);
    }
  });
});

describe("round dt124: a whole weekday opening the date line under a name is the date's", () => {
  const ferry = {
    site: "Harbour Gazette",
    headline: "Council approves new ferry timetable for the islands",
    deck: "The changes take effect in June and add two evening crossings.",
    date: "Wednesday, 14/05/2025 - 08:15",
    body: [
      "The council approved a new ferry timetable on Tuesday after months of complaints from island residents about late crossings.",
      "The operator said it would hire four more crew members for the summer season.",
    ],
  };

  it("signs the name over a Vietnamese weekday; a whole weekday elsewhere signs no name that would not sign with it", () => {
    expect(writers(overDate(STORIES.vi, "Trần Văn Hùng"))).toEqual(["Trần Văn Hùng"]);
    // Review of dt124: a show, a concert or a death notice dates its title with a whole weekday, and a performer's
    // name opens with a given name as a writer's does (dt101's rule stands).
    for (const title of ["Peter Pan", "Bruce Springsteen", "Emma Whitfield"]) {
      expect(writers(overDate(ferry, title, "Saturday, 14 June 2025"))).toEqual([]);
    }
    // A line packed right over the date (no blank line between) is read by its shape.
    const packed = (over: string, date: string) =>
      lines(ferry.site, "", ferry.headline, "", ferry.deck, "", over, date, "", ferry.body.join("\n\n"));
    // A name packed over the date that signs all the same ends before the weekday, which is the date's.
    expect(writers(packed("Femke de Boer", "Woensdag 14 mei 2025"))).toEqual(["Femke de Boer"]);
    // An event's title packed over its weekday has a name's shape, and no given name: it signs nothing.
    expect(writers(packed("Harbour Lights", "Saturday, 14 June 2025"))).toEqual([]);
  });
});

describe("round dt124: a mobile meta line's reading time in Greek, Vietnamese, Indonesian, Czech and Hungarian", () => {
  it("reads each as a story's reading time", () => {
    for (const time of ["4 λεπτά ανάγνωσης", "4 phút đọc", "4 menit baca", "4 min čtení", "4 perc olvasás"]) {
      expect(isStoryReadingTime(time)).toBe(true);
    }
  });

  it("reads the date of a date line closed by one", () => {
    expect(parseDateLine("14 Μαΐου 2025, 09:40 · 4 λεπτά ανάγνωσης")?.iso).toBe("2025-05-14");
    expect(parseDateLine("Rabu, 14 Mei 2025 | 08:15 WITA · 4 menit baca")?.iso).toBe("2025-05-14");
    // Words after the reading time make it none: the line is too long for a date line.
    expect(parseDateLine("14 Μαΐου 2025, 09:40 · 4 λεπτά ανάγνωσης χαρτών και οδηγών")).toBeUndefined();
  });

  it("dates the page and signs the name over such a line", () => {
    const greek = fromText(overDate(STORIES.el, "Γιώργος Παπαδάκης", `${STORIES.el.date} · 4 λεπτά ανάγνωσης`));
    expect(greek.datePublished?.slice(0, 10)).toBe("2025-05-14");
    expect(greek.authors?.map((author) => author.name)).toEqual(["Γιώργος Παπαδάκης"]);
    const indonesian = fromText(overDate(STORIES.id, undefined, `${STORIES.id.date} · 4 menit baca`));
    expect(indonesian.datePublished?.slice(0, 10)).toBe("2025-05-14");
    // A sentence holding a figure and the words stays a paragraph of the story.
    const prose = "Người dân cho biết chỉ mất 4 phút đọc bảng chỉ dẫn là tìm được lối vào công trường.";
    const page = fromText(overDate(STORIES.vi, "Trần Văn Hùng", STORIES.vi.date).replace(STORIES.vi.body[1]!, prose));
    expect(page.body.some((block) => block.type === "paragraph" && block.text === prose)).toBe(true);
    expect(page.authors?.map((author) => author.name)).toEqual(["Trần Văn Hùng"]);
  });
});
