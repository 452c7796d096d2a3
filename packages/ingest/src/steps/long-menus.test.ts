import { describe, expect, it } from "vitest";
import { isSectionMenu } from "./headline.js";

/** Checks each line is read as a menu, or as none. */
function expectMenus(lines: string[], menu: boolean): void {
  for (const line of lines) expect(isSectionMenu(line), line).toBe(menu);
}

describe("a long one-line menu with desks the section tables lack", () => {
  it("is a menu when five sections or more stand around two words of the site's own", () => {
    expectMenus(
      [
        "Home News Quays Money Sport Arts Letters",
        "Startseite Politik Dörfer Wirtschaft Sport Kultur Leserbriefe",
        "Portada Noticias Pueblos Economía Deportes Cultura Cartas",
      ],
      true,
    );
  });

  it("is no menu when the two other words close the line, a word is in lower case, or a place stands beside them", () => {
    expectMenus(
      [
        "Sport Business Health Science Tech Jobs Cut",
        "Politik Wirtschaft Sport Kultur Meinung Leser Antworten",
        "News Sport Business Culture Quays and Letters",
        "Culture Sport Économie Politique Santé Budget Lyon",
      ],
      false,
    );
  });

  it("is no menu when the two other words open the line together or frame it, but a Thai home word may open one", () => {
    expectMenus(
      [
        "Watch Sport Business Culture Health Science Now",
        "Best Of Sport Business Culture Health Science",
        "Meet Politik Wirtschaft Kultur Sport Wissen Winners",
      ],
      false,
    );
    expectMenus(["Úvod Zprávy Obce Ekonomika Sport Kultura Názory", "หน้าแรก ข่าว ภูมิภาค เศรษฐกิจ กีฬา บันเทิง ความเห็น"], true);
  });
});

describe("a one-line menu of a local paper's desks", () => {
  it("is a menu when its local, leisure, debate and current-affairs desks are its own words", () => {
    expectMenus(
      [
        "Accueil Actualité Régions Faits divers Loisirs Sorties Débats",
        "Portada Actualidad Comarcas Sucesos Ocio Gente Esquelas",
        "Home Attualità Comuni Territorio Eventi Necrologie",
        "Anasayfa Yerel İlçeler Asayiş Emlak Otomobil",
        "Главная Район Криминал Афиша Досуг Недвижимость",
        "Utama Semasa Bisnes Rencana Jenayah Wanita",
        "Nyumbani Mikoa Kaunti Makala Jamii Tahariri",
        "Trang chủ Địa phương Môi trường Bạn đọc Việc làm Sự kiện",
        "首页 要闻 地方 时评 法治 汽车 文娱",
      ],
      true,
    );
  });

  it("is no menu when a desk's word stands in a title with its verb", () => {
    expectMenus(["Faits divers en hausse", "Crime Falls Again", "Semasa banjir, sekolah ditutup"], false);
  });
});
