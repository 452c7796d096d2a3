import { describe, expect, it } from "vitest";
import { isSectionMenu } from "./headline.js";

describe("a long one-line menu with desks the section tables lack", () => {
  it("is a menu when five sections or more stand around two words of the site's own", () => {
    const menus = [
      "Home News Quays Money Sport Arts Letters",
      "Startseite Politik Dörfer Wirtschaft Sport Kultur Leserbriefe",
      "Portada Noticias Pueblos Economía Deportes Cultura Cartas",
    ];
    for (const menu of menus) expect(isSectionMenu(menu), menu).toBe(true);
  });

  it("is no menu when the two other words close the line, a word is in lower case, or a place stands beside them", () => {
    const titles = [
      "Sport Business Health Science Tech Jobs Cut",
      "Politik Wirtschaft Sport Kultur Meinung Leser Antworten",
      "News Sport Business Culture Quays and Letters",
      "Culture Sport Économie Politique Santé Budget Lyon",
    ];
    for (const title of titles) expect(isSectionMenu(title), title).toBe(false);
  });

  it("is no menu when the two other words open the line together or frame it, but a Thai home word may open one", () => {
    const titles = [
      "Watch Sport Business Culture Health Science Now",
      "Best Of Sport Business Culture Health Science",
      "Meet Politik Wirtschaft Kultur Sport Wissen Winners",
    ];
    for (const title of titles) expect(isSectionMenu(title), title).toBe(false);
    expect(isSectionMenu("Úvod Zprávy Obce Ekonomika Sport Kultura Názory")).toBe(true);
    expect(isSectionMenu("หน้าแรก ข่าว ภูมิภาค เศรษฐกิจ กีฬา บันเทิง ความเห็น")).toBe(true);
  });
});
