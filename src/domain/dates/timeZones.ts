/**
 * SharePoint's time zones (the integer `Id` of SP.TimeZone, as `/_api/web/RegionalSettings/TimeZone`
 * and the SPFx page context's `webTimeZoneData` give it) mapped to the IANA zone whose rules `Intl`
 * applies. The ids are Microsoft's "Time Zone Identifier" values ([MS-WSSFO3] and the remarks of
 * SPRegionalSettings.TimeZones); each zone is the one that matches the id's Windows time zone (as in
 * CLDR's windowsZones mapping, territory "001"). SharePoint Online does not use ids 1, 52, 105 and 113.
 */

/** SharePoint time zone id → IANA zone. */
export const SHAREPOINT_TIME_ZONES: Readonly<Record<number, string>> = {
  2: 'Europe/London', // (UTC) Greenwich Mean Time: Dublin, Edinburgh, Lisbon, London
  3: 'Europe/Paris', // (UTC+01:00) Brussels, Copenhagen, Madrid, Paris
  4: 'Europe/Berlin', // (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna
  5: 'Europe/Bucharest', // (UTC+02:00) Athens, Bucharest
  6: 'Europe/Budapest', // (UTC+01:00) Belgrade, Bratislava, Budapest, Ljubljana, Prague
  7: 'Europe/Kaliningrad', // (UTC+02:00) Minsk (old)
  8: 'America/Sao_Paulo', // (UTC-03:00) Brasilia
  9: 'America/Halifax', // (UTC-04:00) Atlantic Time (Canada)
  10: 'America/New_York', // (UTC-05:00) Eastern Time (US and Canada)
  11: 'America/Chicago', // (UTC-06:00) Central Time (US and Canada)
  12: 'America/Denver', // (UTC-07:00) Mountain Time (US and Canada)
  13: 'America/Los_Angeles', // (UTC-08:00) Pacific Time (US and Canada)
  14: 'America/Anchorage', // (UTC-09:00) Alaska
  15: 'Pacific/Honolulu', // (UTC-10:00) Hawaii
  16: 'Pacific/Apia', // (UTC+13:00) Samoa
  17: 'Pacific/Auckland', // (UTC+12:00) Auckland, Wellington
  18: 'Australia/Brisbane', // (UTC+10:00) Brisbane
  19: 'Australia/Adelaide', // (UTC+09:30) Adelaide
  20: 'Asia/Tokyo', // (UTC+09:00) Osaka, Sapporo, Tokyo
  21: 'Asia/Singapore', // (UTC+08:00) Kuala Lumpur, Singapore
  22: 'Asia/Bangkok', // (UTC+07:00) Bangkok, Hanoi, Jakarta
  23: 'Asia/Kolkata', // (UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi
  24: 'Asia/Dubai', // (UTC+04:00) Abu Dhabi, Muscat
  25: 'Asia/Tehran', // (UTC+03:30) Tehran
  26: 'Asia/Baghdad', // (UTC+03:00) Baghdad
  27: 'Asia/Jerusalem', // (UTC+02:00) Jerusalem
  28: 'America/St_Johns', // (UTC-03:30) Newfoundland
  29: 'Atlantic/Azores', // (UTC-01:00) Azores
  30: 'Atlantic/South_Georgia', // (UTC-02:00) Mid-Atlantic (old)
  31: 'Atlantic/Reykjavik', // (UTC) Monrovia, Reykjavik
  32: 'America/Cayenne', // (UTC-03:00) Cayenne, Fortaleza
  33: 'America/La_Paz', // (UTC-04:00) Georgetown, La Paz, Manaus, San Juan
  34: 'America/Indiana/Indianapolis', // (UTC-05:00) Indiana (East)
  35: 'America/Bogota', // (UTC-05:00) Bogota, Lima, Quito
  36: 'America/Regina', // (UTC-06:00) Saskatchewan
  37: 'America/Mexico_City', // (UTC-06:00) Guadalajara, Mexico City, Monterrey
  38: 'America/Phoenix', // (UTC-07:00) Arizona
  39: 'Etc/GMT+12', // (UTC-12:00) International Date Line West
  40: 'Pacific/Fiji', // (UTC+12:00) Fiji
  41: 'Pacific/Guadalcanal', // (UTC+11:00) Solomon Is., New Caledonia
  42: 'Australia/Hobart', // (UTC+10:00) Hobart
  43: 'Pacific/Port_Moresby', // (UTC+10:00) Guam, Port Moresby
  44: 'Australia/Darwin', // (UTC+09:30) Darwin
  45: 'Asia/Shanghai', // (UTC+08:00) Beijing, Chongqing, Hong Kong, Urumqi
  46: 'Asia/Novosibirsk', // (UTC+07:00) Novosibirsk
  47: 'Asia/Tashkent', // (UTC+05:00) Tashkent
  48: 'Asia/Kabul', // (UTC+04:30) Kabul
  49: 'Africa/Cairo', // (UTC+02:00) Cairo
  50: 'Africa/Johannesburg', // (UTC+02:00) Harare, Pretoria
  51: 'Europe/Moscow', // (UTC+03:00) Moscow, St. Petersburg
  53: 'Atlantic/Cape_Verde', // (UTC-01:00) Cabo Verde Is.
  54: 'Asia/Baku', // (UTC+04:00) Baku
  55: 'America/Guatemala', // (UTC-06:00) Central America
  56: 'Africa/Nairobi', // (UTC+03:00) Nairobi
  57: 'Europe/Warsaw', // (UTC+01:00) Sarajevo, Skopje, Warsaw, Zagreb
  58: 'Asia/Yekaterinburg', // (UTC+05:00) Ekaterinburg
  59: 'Europe/Helsinki', // (UTC+02:00) Helsinki, Kyiv, Riga, Sofia, Tallinn, Vilnius
  60: 'America/Godthab', // (UTC-03:00) Greenland
  61: 'Asia/Yangon', // (UTC+06:30) Yangon (Rangoon)
  62: 'Asia/Kathmandu', // (UTC+05:45) Kathmandu
  63: 'Asia/Irkutsk', // (UTC+08:00) Irkutsk
  64: 'Asia/Krasnoyarsk', // (UTC+07:00) Krasnoyarsk
  65: 'America/Santiago', // (UTC-04:00) Santiago
  66: 'Asia/Colombo', // (UTC+05:30) Sri Jayawardenepura
  67: 'Pacific/Tongatapu', // (UTC+13:00) Nuku'alofa
  68: 'Asia/Vladivostok', // (UTC+10:00) Vladivostok
  69: 'Africa/Lagos', // (UTC+01:00) West Central Africa
  70: 'Asia/Yakutsk', // (UTC+09:00) Yakutsk
  71: 'Asia/Almaty', // (UTC+06:00) Astana
  72: 'Asia/Seoul', // (UTC+09:00) Seoul
  73: 'Australia/Perth', // (UTC+08:00) Perth
  74: 'Asia/Riyadh', // (UTC+03:00) Kuwait, Riyadh
  75: 'Asia/Taipei', // (UTC+08:00) Taipei
  76: 'Australia/Sydney', // (UTC+10:00) Canberra, Melbourne, Sydney
  77: 'America/Mazatlan', // (UTC-07:00) Chihuahua, La Paz, Mazatlan
  78: 'America/Tijuana', // (UTC-08:00) Baja California
  79: 'Asia/Amman', // (UTC+02:00) Amman
  80: 'Asia/Beirut', // (UTC+02:00) Beirut
  81: 'America/Cuiaba', // (UTC-04:00) Cuiaba
  82: 'Asia/Tbilisi', // (UTC+04:00) Tbilisi
  83: 'Africa/Windhoek', // (UTC+01:00) Windhoek
  84: 'Asia/Yerevan', // (UTC+04:00) Yerevan
  85: 'America/Argentina/Buenos_Aires', // (UTC-03:00) Buenos Aires
  86: 'Africa/Casablanca', // (UTC) Casablanca
  87: 'Asia/Karachi', // (UTC+05:00) Islamabad, Karachi
  88: 'America/Caracas', // (UTC-04:00) Caracas
  89: 'Indian/Mauritius', // (UTC+04:00) Port Louis
  90: 'America/Montevideo', // (UTC-03:00) Montevideo
  91: 'America/Asuncion', // (UTC-04:00) Asuncion
  92: 'Asia/Kamchatka', // (UTC+12:00) Petropavlovsk-Kamchatsky (old)
  93: 'Etc/UTC', // (UTC) Coordinated Universal Time
  94: 'Asia/Ulaanbaatar', // (UTC+08:00) Ulaanbaatar
  95: 'Etc/GMT+11', // (UTC-11:00) Coordinated Universal Time-11
  96: 'Etc/GMT+2', // (UTC-02:00) Coordinated Universal Time-02
  97: 'Etc/GMT-12', // (UTC+12:00) Coordinated Universal Time+12
  98: 'Asia/Damascus', // (UTC+02:00) Damascus
  99: 'Asia/Magadan', // (UTC+10:00) Magadan
  100: 'Europe/Kaliningrad', // (UTC+02:00) Kaliningrad
  101: 'Europe/Istanbul', // (UTC+03:00) Istanbul
  102: 'Asia/Dhaka', // (UTC+06:00) Dhaka
  103: 'America/Bahia', // (UTC-03:00) Salvador
  104: 'Europe/Chisinau', // (UTC+02:00) Chisinau
  106: 'Europe/Samara', // (UTC+04:00) Izhevsk, Samara
  107: 'Asia/Srednekolymsk', // (UTC+11:00) Chokurdakh
  108: 'Asia/Kamchatka', // (UTC+12:00) Anadyr, Petropavlovsk-Kamchatsky
  109: 'Europe/Minsk', // (UTC+03:00) Minsk
  110: 'Europe/Astrakhan', // (UTC+04:00) Astrakhan, Ulyanovsk
  111: 'Asia/Barnaul', // (UTC+07:00) Barnaul, Gorno-Altaysk
  112: 'Asia/Tomsk', // (UTC+07:00) Tomsk
  114: 'Asia/Sakhalin', // (UTC+11:00) Sakhalin
  115: 'Asia/Omsk' // (UTC+06:00) Omsk
};
