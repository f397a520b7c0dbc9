-- The 2026 schedule for civil servants, beyond what the statutory rules generate
-- (1/1, Tết 16–20/2, Giỗ Tổ with Monday 27/4 in compensation, 30/4, 1/5, 1–2/9).
INSERT INTO calendar_overrides (day, kind, name, legal_reference) VALUES
    ('2026-01-02', 'off',  'Nghỉ Tết Dương lịch (hoán đổi)', 'Văn bản 12729/VPCP-KGVX ngày 25/12/2025'),
    ('2026-01-10', 'work', 'Làm bù cho ngày 02/01/2026', 'Văn bản 12729/VPCP-KGVX ngày 25/12/2025'),
    ('2026-08-31', 'off',  'Nghỉ Quốc khánh (hoán đổi)', 'Thông báo lịch nghỉ Quốc khánh 2026 của UBND tỉnh (10/2025)'),
    ('2026-08-22', 'work', 'Làm bù cho ngày 31/08/2026', 'Thông báo lịch nghỉ Quốc khánh 2026 của UBND tỉnh (10/2025)')
ON CONFLICT (day) DO NOTHING;
