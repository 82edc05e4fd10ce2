DROP TABLE privacy_exports;
