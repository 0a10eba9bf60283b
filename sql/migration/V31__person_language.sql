-- The language a person last used the application in (the language switch, else their browser's), so that mail about
-- their applications, reviews and awards reaches them in it. zh-TW for everyone known before: the fund's default.
alter table person add column preferred_language varchar(16) default 'zh-TW' not null;
