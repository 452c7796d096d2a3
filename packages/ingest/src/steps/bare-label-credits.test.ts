import { describe, expect, it } from "vitest";
import { creditOnly } from "./caption.js";

describe("credits set apart with a bare label and no colon", () => {
  it.each([
    ["Foto oleh Budi Santoso", "Budi Santoso"],
    ["Picha na Juma Ali", "Juma Ali"],
    ["Foto di Marco Rossi", "Marco Rossi"],
    ["Ảnh Nguyễn Văn An", "Nguyễn Văn An"],
    ["Фото Ивана Петрова", "Ивана Петрова"],
    ["Zdjęcie Anna Nowak", "Anna Nowak"],
    ["ภาพโดย สมชาย ใจดี", "สมชาย ใจดี"],
    ["摄影 张伟", "张伟"],
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
  ])("leaves %s alone", (line) => {
    expect(creditOnly(line)).toBeUndefined();
  });
});
