import { describe, expect, it } from "vitest";
import { creditOnly } from "./caption.js";

describe("credits set apart with a bare label and no colon", () => {
  it.each([
    ["Foto oleh Budi Santoso", "Budi Santoso"],
    ["Picha na Juma Ali", "Juma Ali"],
    ["ภาพโดย สมชาย ใจดี", "สมชาย ใจดี"],
    ["图 新华社", "新华社"],
    ["사진 김민수 기자", "김민수 기자"],
  ])("reads %s as a credit", (line, credit) => {
    expect(creditOnly(line)).toEqual({ credit, labelled: true });
  });

  it.each([
    "Foto oleh warga menunjukkan banjir setinggi lutut.",
    "Picha na video zilisambaa mtandaoni jana.",
    "Фото из архива семьи показывает, как выглядел мост.",
    "Foto na Praia Grande",
    "Ảnh Hà Nội",
    "Zdjęcie roku",
    "Photo Finish Line",
    "Foto di Roma",
    "Foto de Marta Gil",
    "图 说明文字",
    "Foto Oleh Warga Jadi Bukti",
    "Picha Na Video Za Tukio",
    "Gambar Besar Ekonomi",
    "Fotoğraf Sanatçısı Ödül Aldı",
    "Фото Владимира Путина",
    "Ảnh Phạm Minh Chính",
    "Zdjęcie Lecha Wałęsy",
    "Foto di Papa Francesco",
    "Foto di Piazza Navona",
    "摄影 技巧",
    "撮影 現場",
  ])("leaves %s alone", (line) => {
    expect(creditOnly(line)).toBeUndefined();
  });
});
