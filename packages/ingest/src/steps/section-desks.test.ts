import { describe, expect, it } from "vitest";
import { isSectionMenu } from "./headline.js";

/** Checks each line is read as a menu, or as none. */
function expectMenus(lines: string[], menu: boolean): void {
  for (const line of lines) expect(isSectionMenu(line), line).toBe(menu);
}

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
