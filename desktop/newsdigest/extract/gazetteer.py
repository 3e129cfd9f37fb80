"""Bundled word lists: places, organisations, titles and first names.

Kept as plain strings split at import time so the module stays readable and
loads in well under a millisecond.  Everything is matched case-sensitively on
the canonical spelling and case-insensitively through :func:`place_canonical`.
"""
from __future__ import annotations

from typing import Final


def _split(s: str, sep: str | None = ";") -> list[str]:
    return [x.strip() for x in s.split(sep) if x.strip()]


# canonical=alias|alias ; countries and a few blocs of places
_COUNTRIES = """
Afghanistan; Albania; Algeria; Angola; Argentina; Armenia; Australia; Austria; Azerbaijan;
Bahrain; Bangladesh; Belarus; Belgium; Benin; Bolivia; Bosnia and Herzegovina=Bosnia; Botswana;
Brazil; Bulgaria; Burkina Faso=Burkina; Burundi; Cambodia; Cameroon; Canada; Chad; Chile; China;
Colombia; Congo; Costa Rica; Croatia; Cuba; Cyprus; Czech Republic=Czechia; Denmark;
Democratic Republic of Congo=DRC|DR Congo|Democratic Republic of the Congo; Djibouti; Dominican Republic; Ecuador; Egypt;
El Salvador; Eritrea; Estonia; Ethiopia; Fiji; Finland; France; Gabon; Gambia; Georgia;
Germany; Ghana; Greece; Greenland; Guatemala; Guinea; Haiti; Honduras; Hungary; Iceland; India;
Indonesia; Iran; Iraq; Ireland; Israel; Italy; Ivory Coast=Cote d'Ivoire; Jamaica; Japan;
Jordan; Kazakhstan; Kenya; Kosovo; Kuwait; Kyrgyzstan; Laos; Latvia; Lebanon; Liberia; Libya;
Lithuania; Luxembourg; Madagascar; Malawi; Malaysia; Mali; Malta; Mauritania; Mexico; Moldova;
Mongolia; Montenegro; Morocco; Mozambique; Myanmar=Burma; Namibia; Nepal; Netherlands=Holland;
New Zealand; Nicaragua; Niger; Nigeria; North Korea; North Macedonia; Norway; Oman; Pakistan;
Palestine=Palestinian territories; Panama; Paraguay; Peru; Philippines; Poland; Portugal; Qatar;
Romania; Russia=Russian Federation; Rwanda; Saudi Arabia; Senegal; Serbia; Sierra Leone;
Singapore; Slovakia; Slovenia; Somalia; South Africa; South Korea; South Sudan; Spain;
Sri Lanka; Sudan; Sweden; Switzerland; Syria; Taiwan; Tajikistan; Tanzania; Thailand; Togo;
Tunisia; Turkey=Türkiye; Turkmenistan; Uganda; Ukraine; United Arab Emirates=UAE;
United Kingdom=UK|U.K.|Britain|Great Britain; United States=US|U.S.|USA|U.S.A.|America;
Uruguay; Uzbekistan; Venezuela; Vietnam; Yemen; Zambia; Zimbabwe; Papua New Guinea;
East Timor=Timor-Leste; Bhutan; Brunei; Maldives; Mauritius; Seychelles; Cape Verde; Comoros;
Lesotho; Eswatini=Swaziland; Equatorial Guinea; Guinea-Bissau; Central African Republic=CAR;
San Marino; Andorra; Monaco; Liechtenstein; Barbados; Bahamas; Trinidad and Tobago; Turks and Caicos Islands; Belize;
Guyana; Suriname; Samoa; Tonga; Vanuatu; Solomon Islands; Kiribati; Nauru; Tuvalu; Palau;
Marshall Islands; Micronesia; Dominica; Grenada; Saint Lucia; Antigua and Barbuda;
Sao Tome and Principe; Republic of the Congo; Puerto Rico; Bermuda; Vatican=Vatican City|Holy See;
French Guiana; French Polynesia; New Caledonia; Cook Islands; Western Sahara; Faroe Islands; Guam;
American Samoa; Martinique; Guadeloupe; Réunion; Mayotte; Cayman Islands; British Virgin Islands;
Gibraltar; Falkland Islands; Aruba; Curaçao; South Ossetia;
Oceania; Caribbean; Scandinavia; Patagonia; Amazon rainforest; Sahara; Himalayas; Alps;
Gaza=Gaza Strip; West Bank; Crimea; Donbas=Donbass; Kashmir; Tibet; Hong Kong; Europe; Africa;
Asia; Middle East; North America; South America; Central Asia; East Africa; West Africa;
Southeast Asia; South Asia; East Asia; Horn of Africa; Latin America; Arctic; Antarctica; Balkans; Baltic Sea;
Black Sea;
Mediterranean; Red Sea; Pacific; Atlantic; Gulf of Mexico; Persian Gulf; Gulf; Sahel; Caucasus;
Scotland; Wales; England; Northern Ireland; Siberia; Kurdistan; Darfur; Sinai; Golan Heights; Soviet Union=USSR
"""

# cities and sub-national regions, including Ukrainian and Russian oblasts
_PLACES = """
Kyiv=Kiev; Kharkiv=Kharkov; Odesa=Odessa; Lviv; Dnipro; Zaporizhzhia; Kherson; Mykolaiv;
Donetsk; Luhansk; Bakhmut; Avdiivka; Mariupol; Pokrovsk; Sumy; Chernihiv; Poltava; Zhytomyr;
Moscow; St Petersburg=St. Petersburg|Saint Petersburg; Kursk; Belgorod; Bryansk; Rostov;
Sudzha; Novosibirsk; Yekaterinburg; Kazan; Volgograd; Sevastopol; Minsk; Warsaw; Berlin;
Paris; London; Madrid; Rome; Vienna; Brussels; Amsterdam; The Hague; Geneva; Zurich; Bern;
Stockholm; Oslo; Helsinki; Copenhagen; Prague; Budapest; Bucharest; Sofia; Athens; Istanbul;
Ankara; Tbilisi; Yerevan; Baku; Tehran; Baghdad; Damascus; Aleppo; Beirut; Amman; Jerusalem;
Tel Aviv; Riyadh; Jeddah; Doha; Dubai; Abu Dhabi; Cairo; Alexandria; Tripoli; Tunis; Algiers;
Khartoum; Addis Ababa; Nairobi; Mogadishu; Kampala; Lagos; Abuja; Accra; Dakar; Kinshasa;
Johannesburg; Cape Town; Pretoria; Kabul; Islamabad; Karachi; Lahore; New Delhi; Delhi;
Mumbai; Kolkata; Bangalore=Bengaluru; Chennai; Dhaka; Kathmandu; Colombo; Beijing; Shanghai;
Shenzhen; Wuhan; Guangzhou; Tokyo; Osaka; Seoul; Pyongyang; Taipei; Manila; Jakarta; Bangkok;
Hanoi; Kuala Lumpur; Sydney; Melbourne; Canberra; Auckland; Wellington; Ottawa; Toronto;
Montreal; Vancouver; Washington=Washington DC|Washington, D.C.; New York=New York City|NYC;
Los Angeles; Chicago; Houston; Miami; San Francisco; Seattle; Boston; Atlanta; Dallas;
Philadelphia; Detroit; Las Vegas; Phoenix; Denver; New Orleans; Mexico City; Havana; Caracas;
Bogota=Bogotá; Lima; Santiago; Buenos Aires; Sao Paulo=São Paulo; Rio de Janeiro; Brasilia;
Quito; La Paz; Montevideo; Panama City; Porto Alegre; Recife; Salvador; Belo Horizonte; Manaus;
Guadalajara; Monterrey; Medellin; Cali; Valparaiso; Cordoba; Rosario; Rafah; Khan Younis;
Gaza City; Ramallah; Hebron;
Mosul; Idlib; Homs; Raqqa; Sanaa; Aden; Hodeidah; Goma; Davos; Munich; Frankfurt; Hamburg;
Milan; Naples; Oxford; Cambridge; Liverpool; Leeds; Bristol; Belfast; Cardiff; Marseille; Lyon;
Cologne; Rotterdam; Antwerp; Krakow; Gdansk; Odessa region; Barcelona; Lisbon; Dublin;
Edinburgh; Manchester; Birmingham; Glasgow;
Tirana; Luanda; Nassau; Manama; Thimphu; Sarajevo; Gaborone; Ouagadougou; Gitega; Phnom Penh;
Yaounde; Bangui; N'Djamena; Brazzaville; Zagreb; Nicosia; Santo Domingo; San Salvador; Asmara;
Tallinn; Suva; Libreville; Banjul; Guatemala City; Conakry; Bissau; Port-au-Prince; Tegucigalpa;
Reykjavik; Astana; Pristina; Kuwait City; Bishkek; Vientiane; Riga; Maseru; Monrovia; Vilnius;
Antananarivo; Lilongwe; Bamako; Valletta; Nouakchott; Port Louis; Chisinau; Ulaanbaatar; Podgorica;
Rabat; Maputo; Naypyidaw; Windhoek; Managua; Niamey; Skopje; Muscat; Port Moresby; Asuncion;
Kigali; Belgrade; Freetown; Bratislava; Ljubljana; Juba; Paramaribo; Dushanbe; Dodoma; Lome;
Ashgabat; Tashkent; Lusaka; Harare; Goma; Bukavu; Mombasa; Kano; Lagos; Karachi; Lahore; Mumbai;
Kolkata; Chennai; Bangalore=Bengaluru; Hyderabad; Osaka; Busan; Shanghai; Shenzhen; Guangzhou;
Wuhan; Chongqing; Ho Chi Minh City; Surabaya; Davao; Cebu;
California; Texas; Florida; New York State; Arizona; Ohio; Michigan;
Pennsylvania; Illinois; Wisconsin; Nevada; Virginia; North Carolina; Oregon; Alaska; Hawaii;
Louisiana; Colorado; Minnesota; Massachusetts; New Jersey; Tennessee; Kentucky; Alabama;
Quebec; Ontario; Alberta; Bavaria; Catalonia; Sicily; Punjab; Kerala; Gujarat; Xinjiang;
Sichuan; Guangdong; Hokkaido; Okinawa; Mindanao; Bali; Java; Sumatra; Borneo; Chechnya;
Dagestan; Transnistria; Republika Srpska; Abkhazia; Nagorno-Karabakh; Kherson region; Bosphorus;
Georgia State=Ga.; Washington State=Wash.; Missouri; Iowa; Kansas; Nebraska; Oklahoma; Arkansas;
Mississippi; South Carolina; West Virginia; Maryland; Delaware; Connecticut; Rhode Island;
Vermont; New Hampshire; Maine; Idaho; Montana; Wyoming; Utah; New Mexico; North Dakota;
South Dakota; Indiana; Mars; Venus; Jupiter; Saturn; Neptune; Pluto
"""

# more sub-national regions, cities and geographic features (Indian, Pakistani, Chinese, Canadian,
# Australian, British, European, African, Latin American) that news copy names without a country
_PLACES_MORE = """
Uttar Pradesh=U.P.|UP; Madhya Pradesh; Andhra Pradesh; Arunachal Pradesh; Himachal Pradesh; Bihar; Assam;
West Bengal; Odisha; Jharkhand; Chhattisgarh; Rajasthan; Maharashtra; Karnataka; Tamil Nadu; Telangana;
Haryana; Uttarakhand; Goa; Manipur; Meghalaya; Mizoram; Nagaland; Sikkim; Tripura; Jammu and Kashmir;
Ladakh; Guwahati; Surat; Pune; Ahmedabad; Jaipur; Lucknow; Kanpur; Patna; Bhopal; Indore; Nagpur;
Varanasi; Amritsar; Srinagar; Chandigarh; Kochi; Thiruvananthapuram; Bhubaneswar; Ranchi; Dehradun;
Agra; Visakhapatnam; Coimbatore; Madurai; Mysuru=Mysore; Noida; Gurugram=Gurgaon; Ayodhya; Shimla;
Imphal; Shillong; Siliguri; Darjeeling; Khyber Pakhtunkhwa; Balochistan; Sindh; Gilgit-Baltistan;
Peshawar; Quetta; Rawalpindi; Faisalabad; Multan; Gwadar; Chittagong=Chattogram; Sylhet; Khulna;
Rajshahi; Cox's Bazar; Herat; Kandahar; Jalalabad; Mazar-i-Sharif; Helmand; Kunduz; Pokhara; Kandy;
Jaffna; Almaty; Samarkand; Bukhara; Lhasa; Chengdu; Hangzhou; Nanjing; Tianjin; Xi'an; Harbin; Dalian;
Qingdao; Xiamen; Kunming; Urumqi; Macau=Macao; Fujian; Zhejiang; Jiangsu; Shandong; Henan; Hubei; Hunan;
Yunnan; Hainan; Inner Mongolia; Heilongjiang; Liaoning; Shaanxi; Gansu; Qinghai; Guizhou; Guangxi;
Anhui; Jiangxi; Hebei; Kaohsiung; Taichung; Tainan; Kinmen; Nagasaki; Hiroshima; Kyoto; Kobe;
Yokohama; Sapporo; Fukuoka; Sendai; Nagoya; Iwate; Miyagi; Fukushima; Ishikawa; Incheon; Daegu;
Gwangju; Daejeon; Ulsan; Jeju; Gyeonggi; Kaesong; Mandalay; Yangon=Rangoon; Rakhine; Kachin; Sagaing;
Chiang Mai; Phuket; Pattaya; Da Nang; Haiphong; Penang; Johor; Sabah; Sarawak; Quezon City; Luzon;
Visayas; Bandung; Medan; Yogyakarta; Makassar; Aceh; Sulawesi; Lombok; Kalimantan; Papua;
British Columbia=B.C.; Manitoba; Saskatchewan; Nova Scotia; New Brunswick; Newfoundland and Labrador=Newfoundland;
Prince Edward Island; Yukon; Nunavut; Northwest Territories; Calgary; Edmonton; Winnipeg; Halifax;
Quebec City; Saskatoon; Prince George; New South Wales; Queensland; Victoria; South Australia;
Western Australia; Tasmania; Northern Territory; Perth; Brisbane; Adelaide; Hobart; Darwin; Geelong;
Gold Coast; Cheshire; Essex; Surrey; Sussex; Yorkshire; Lancashire; Devon; Cornwall; Norfolk; Suffolk;
Merseyside; Greater Manchester; West Midlands; Hampshire; Dorset; Somerset; Cumbria; Northumberland;
Sheffield; Newcastle; Nottingham; Leicester; Southampton; Portsmouth; Plymouth; Brighton; Aberdeen;
Dundee; Swansea; Coventry; Stockport; Bradford; Sunderland; Inverness; Baltimore; Portland; Sacramento;
San Diego; San Jose; Austin; Nashville; Memphis; Pittsburgh; Cleveland; Cincinnati; St. Louis=St Louis;
Kansas City; Minneapolis; Milwaukee; Indianapolis; Raleigh; Tampa; Orlando; Jacksonville; Salt Lake City;
Albuquerque; Honolulu; Anchorage; Oakland; Spokane; Tucson; El Paso; Fort Worth; San Antonio; Omaha;
Louisville; Boise; Des Moines; Springfield; Andalusia; Crete; Valencia; Seville; Bilbao; Malaga;
Basque Country; Galicia; Tuscany; Lombardy; Sardinia; Turin; Florence; Venice; Genoa; Bologna; Palermo;
Normandy; Brittany; Provence; Corsica; Toulouse; Bordeaux; Lille; Strasbourg; Nantes; Montpellier;
Stuttgart; Düsseldorf=Dusseldorf; Dresden; Leipzig; Hanover; Bremen; Nuremberg; Saxony; Brandenburg;
Thuringia; Hesse; Porto; Thessaloniki; Rhodes; Salzburg; Graz; Innsbruck; Wroclaw; Poznan; Lodz;
Gothenburg; Malmo; Bergen; Aarhus; Tampere; Turku; Brno; Cluj; Varna; Plovdiv; Dubrovnik; Novi Sad;
Banja Luka; Mostar; Kramatorsk; Sloviansk; Kostiantynivka; Toretsk; Chasiv Yar; Vuhledar; Kupiansk;
Izium; Melitopol; Berdiansk; Enerhodar; Nikopol; Kryvyi Rih; Vinnytsia; Khmelnytskyi; Ternopil; Rivne;
Lutsk; Uzhhorod; Ivano-Frankivsk; Chernivtsi; Cherkasy; Kropyvnytskyi; Saratov; Samara; Nizhny Novgorod;
Krasnodar; Voronezh; Ryazan; Smolensk; Pskov; Murmansk; Kaliningrad; Vladivostok; Omsk; Tomsk; Perm;
Chelyabinsk; Krasnoyarsk; Irkutsk; Tuapse; Novorossiysk; Taganrog; Lipetsk; Tambov; Kaluga; Tver;
Yaroslavl; Deir al-Balah; Jabalia; Nuseirat; Beit Lahia; Jenin; Nablus; Tulkarm; Haifa; Eilat; Ashdod;
Ashkelon; Sderot; Tyre; Sidon; Nabatieh; Baalbek; Bekaa; Latakia; Tartus; Deir ez-Zor; Daraa; Hama;
Basra; Erbil; Kirkuk; Najaf; Karbala; Fallujah; Ramadi; Isfahan; Mashhad; Shiraz; Tabriz; Natanz;
Fordow; Bandar Abbas; Mecca=Makkah; Medina; Marib; Taiz; Benghazi; Misrata; El Fasher; Omdurman;
Port Sudan; Nyala; Kordofan; Kassala; Tigray; Amhara; Oromia; Mekelle; Kismayo; Baidoa; Hargeisa;
Somaliland; Puntland; Eldoret; Kisumu; Nakuru; Arusha; Zanzibar; Dar es Salaam; Mwanza; Gulu;
North Kivu; South Kivu; Ituri; Bunia; Kisangani; Lubumbashi; Kasai; Maiduguri; Borno; Kaduna; Zamfara;
Katsina; Benue; Port Harcourt; Ibadan; Kumasi; Timbuktu; Mopti; Kidal; Agadez; Cabo Delgado; Beira;
Nampula; Bulawayo; Durban; Gqeberha=Port Elizabeth; Soweto; Bloemfontein; KwaZulu-Natal; Gauteng;
Limpopo; Mpumalanga; Western Cape; Eastern Cape; Casablanca; Marrakesh=Marrakech; Tangier; Sfax;
Luxor; Aswan; Port Said; Ismailia; Sharm el-Sheikh; Guayaquil; Cartagena; Barranquilla; Cusco;
Arequipa; Tijuana; Ciudad Juarez=Ciudad Juárez; Cancun=Cancún; Acapulco; Puebla; Oaxaca; Chiapas;
Sinaloa; Culiacan=Culiacán; Michoacan=Michoacán; Jalisco; Sonora; Chihuahua; Tamaulipas; Veracruz;
Baja California; Port of Spain; Kingston; San Juan; Curitiba; Fortaleza; Rio Grande do Sul; Bahia;
Minas Gerais; Antofagasta; South China Sea; East China Sea; Sea of Japan; Arabian Sea; Bay of Bengal;
Indian Ocean; Arctic Ocean; North Sea; Caspian Sea; Aegean; Adriatic; Danube; Rhine; Nile; Euphrates;
Tigris; Mekong; Yangtze; Ganges; Brahmaputra; Indus; Zambezi; Rio Grande; Suez Canal; Panama Canal;
Amu Darya; Syr Darya; Westminster; Whitehall; Holyrood; Blue Nile; White Nile;
Exeter; Wolverhampton; Norwich; Ipswich; Middlesbrough; Blackpool; Salford; Wigan; Carlisle; Swindon; Gloucester;
Hereford; Peterborough; Northampton; Milton Keynes; Luton; Watford; Slough; Guildford; Canterbury; Truro; Stirling;
Paisley; Derry=Londonderry; Limerick; Galway; Waterford;
Durand Line; Royal Courts of Justice; Torkham; Spin Boldak; Chaman;
Sutlej; Beas; Chenab; Jhelum; Lancang; Baglihar; Salal; Pakal Dul; Americas; Coral Triangle; Clarion-Clipperton Zone;
Downtown Eastside; East of England; Parliament Square; Northern Quarter;
Boulogne-sur-Mer; Le Havre; Clermont-Ferrand; La Rochelle; Saint-Denis; Stoke-on-Trent; Newcastle upon Tyne;
Southend-on-Sea; Thunder Bay; Red Deer; Lakki Marwat; Dera Ismail Khan; Lashkar Gah; Yellow River; Pearl River;
Orange River; Niger River; Congo River; Amazon River; Mississippi River; Missouri River; Colorado River;
Columbia River; Fraser River; Mackenzie River; Murray River; Darling River; Jordan River; Helmand River; Kabul River;
 Rapid City; Saint-Hyacinthe; Trois-Rivières; Lorient; Douarnenez; Brest; Rouen; Caen; Rennes; Angers;
Orléans; Dijon; Besançon; Grenoble; Perpignan; Avignon; Toulon; Limoges; Poitiers; Amiens; Reims; Metz; Mulhouse;
Calais; Dunkirk; Villejuif; Saclay; Orly; Créteil; Versailles; Nanterre; Oldham; Rochdale; Huddersfield; Wakefield;
Doncaster; Rotherham; Barnsley; Grimsby; Colchester; Cheltenham; Torquay; Bournemouth; Margate; Maidstone; Stevenage;
Chelmsford; Wrexham; Armagh; Kilkenny; Sligo; Athlone; Hampstead; Islington; Hackney; Lambeth; Southwark; Croydon;
Brixton; Wembley; Euston; Paddington; Kensington; Whitechapel; Peckham; Lewisham; Greenwich; Hammersmith; Ealing;
Sherbrooke; Mississauga; Brampton; Gatineau; Longueuil; Saguenay; Kamloops; Nanaimo; Lethbridge; Moncton; Fredericton;
Charlottetown; Whitehorse; Yellowknife; Iqaluit; Faizabad; Chakwal; Bannu; Mardan; Abbottabad; Sialkot; Gujranwala;
Bahawalpur; Sukkur; Larkana; Turbat; Ghazni; Khost; Bamiyan; Badakhshan; Nangarhar; Kunar; Paktia; Pyeongtaek; Suwon;
Changwon; Sejong; Hsinchu; Keelung; Chiba; Niigata; Naha; Kumamoto; Atyrau; Aktau; Aktobe; Karaganda;
Shymkent; Osh; Khujand; Namangan; Fergana; Termez; Godavari; Cauvery; Narmada; Yamuna; Irrawaddy; Salween; Amur;
Yenisei; Dniester; Vistula; Rhône; Garonne; Orinoco; Paraná; Marinette; Duluth; Charleston; Burlington;
Wilmington; Peoria; Hilo; Brownsville; Galveston;
Bab el-Mandeb; Strait of Hormuz; Taiwan Strait; Gulf of Aden; Andes; Urals; Pyrenees; Carpathians;
Hindu Kush; Negev; Eurasia; Indo-Pacific; Central America; Southern Africa; Western Europe;
Eastern Europe; Central Europe; Northern Europe; Acropolis; Old Bailey; Red Square; Tiananmen Square;
Fukushima Daiichi; Pacific Ocean; Atlantic Ocean;
Oklahoma City; Fresno; Colorado Springs; Long Beach; Virginia Beach; Tulsa; Wichita; Bakersfield; Anaheim;
Santa Ana; Corpus Christi; Stockton; Saint Paul; Greensboro; Plano; Newark; Chula Vista; Toledo;
Fort Wayne; Laredo; Jersey City; Lubbock; Scottsdale; Reno; Buffalo; North Las Vegas; Winston-Salem;
Chesapeake; Hialeah; Baton Rouge; Tacoma; San Bernardino; Modesto; Santa Clarita; Oxnard; Port St. Lucie;
Grand Rapids; Huntsville; Yonkers; Amarillo; Huntington Beach; Akron; Little Rock; Tempe; Overland Park;
Tallahassee; Cape Coral; Knoxville; Shreveport; Worcester; Sioux Falls; Chattanooga; Fort Lauderdale;
Providence; Rancho Cucamonga; Santa Rosa; Pembroke Pines; Fort Collins; Palmdale; Sunnyvale; Pasadena;
Naperville; Murfreesboro; Rockford; Paterson; Savannah; Bridgeport; McAllen; Syracuse; Olathe; Dayton;
Waco; Cedar Rapids; Santa Clara; New Haven; Stamford; Topeka; Fargo; Hartford; Allentown; Berkeley;
Ann Arbor; Sugar Land; Lansing; Evansville; Clearwater; Provo; Temecula; Costa Mesa; Pueblo;
West Palm Beach; Billings; Boulder; Green Bay; Las Cruces; Tuscaloosa; Spokane Valley; Albany; Trenton;
Annapolis; Harrisburg; Montpelier; Bismarck; Cheyenne; Juneau; Carson City; Santa Fe; Jefferson City;
Manhattan; Brooklyn; Staten Island; Beaverton; Kelowna; Burnaby; Mesa; Tucson; Albuquerque;
Naypyitaw=Naypyidaw|Nay Pyi Taw; Christchurch; Medellín=Medellin; Brasília=Brasilia; Asunción=Asuncion;
San José=San Jose; N'Djamena=Ndjamena; Izmir=İzmir; Antalya; Gaziantep; Diyarbakır=Diyarbakir; Ghent;
Wall Street; Silicon Valley
"""
# AP-style state abbreviations in datelines ("MAYFIELD, Ky.")
_STATE_ABBREVIATIONS = """
California=Calif.; Texas=Tex.; Florida=Fla.; Arizona=Ariz.; Michigan=Mich.; Wisconsin=Wis.;
Nevada=Nev.; North Carolina=N.C.; Oregon=Ore.; Colorado=Colo.; Minnesota=Minn.; New Jersey=N.J.;
Tennessee=Tenn.; Kentucky=Ky.; Alabama=Ala.; Kansas=Kan.; Nebraska=Neb.; Oklahoma=Okla.;
Arkansas=Ark.; South Carolina=S.C.; Connecticut=Conn.; New Hampshire=N.H.; New Mexico=N.M.;
Illinois=Ill.; Maryland=Md.; Massachusetts=Mass.; Pennsylvania=Pa.; Virginia=Va.; Missouri=Mo.;
Montana=Mont.; Wyoming=Wyo.; Vermont=Vt.; Oregon=Ore.; Indiana=Ind.; Delaware=Del.; New York=N.Y.;
North Dakota=N.D.; South Dakota=S.D.; Rhode Island=R.I.; West Virginia=W.Va.
"""

# organisations: canonical=aliases
_ORGS = """
United Nations=UN|U.N.; North Atlantic Treaty Organization=NATO|Nato; European Union=EU|E.U.;
World Health Organization=WHO; International Monetary Fund=IMF; World Bank;
World Trade Organization=WTO; International Criminal Court=ICC; International Court of Justice=ICJ;
Organization of the Petroleum Exporting Countries=OPEC|OPEC+|Opec; African Union=AU;
Association of Southeast Asian Nations=ASEAN; Group of Seven=G7|G-7; Group of Twenty=G20|G-20;
International Atomic Energy Agency=IAEA; Red Cross=International Committee of the Red Cross|ICRC;

Amnesty International; Human Rights Watch; Doctors Without Borders=MSF|Médecins Sans Frontières;
UNICEF; UNHCR=United Nations High Commissioner for Refugees|UN Refugee Agency|U.N. Refugee Agency;
Federal Reserve=Fed; European Central Bank=ECB; Bank of England=BoE; Kremlin; Malacañang=Malacanang|Malacañang Palace;
White House; Pentagon; State Department; Downing Street; Congress; Senate; Parliament;
Supreme Court; Federal Bureau of Investigation=FBI; Central Intelligence Agency=CIA;
Federal Security Service=FSB; Hamas; Hezbollah; Taliban; Islamic State=ISIS|ISIL|IS;
al-Qaeda=Al-Qaeda|Al Qaeda|al-Qaida|Al-Qaida|al Qaeda; al-Shabaab=Al-Shabaab|al-Shabab|Al-Shabab;
Boko Haram; M23; Africa Corps;
Kataib Hezbollah=Kata'ib Hizballah|Kata'ib Hezbollah|Kataeb Hezbollah; Hayat Tahrir al-Sham=HTS;
Rapid Support Forces=RSF;
Lashkar-e-Taiba; Jaish-e-Mohammed; Palestinian Islamic Jihad=Islamic Jihad|PIJ; Tren de Aragua; Sinaloa Cartel;
U.S. Central Command=CENTCOM|US Central Command; U.S. Africa Command=AFRICOM;
U.S. European Command=EUCOM; U.S. Indo-Pacific Command=INDOPACOM;
United Kingdom Maritime Trade Operations=UKMTO|UK Maritime Trade Operations;
Houthis=Houthi|Houthi movement|Ansar Allah|Ansarallah; Wagner Group=Wagner; Institute for the Study of War=ISW; Reuters;
Associated Press=AP; Agence France-Presse=AFP; BBC; CNN; Bloomberg; Al Jazeera; TASS;
Interfax; RIA Novosti; The New York Times=New York Times; The Washington Post=Washington Post;
The Guardian=Guardian; Financial Times=FT; Apple; Google=Alphabet; Microsoft; Amazon; Meta=Facebook;
Tesla; OpenAI; Nvidia; Samsung; Huawei; TikTok; SpaceX; Boeing; Airbus; Toyota; Volkswagen;
Gazprom; Rosneft; Shell; BP; ExxonMobil=Exxon; Pfizer; Moderna; AstraZeneca; Goldman Sachs;
JPMorgan=JPMorgan Chase|J.P. Morgan|JP Morgan; Nasdaq; Verkhovna Rada=Rada; Duma=State Duma; Bundestag;
Knesset; Mossad;
Israel Defense Forces=IDF|Israeli military|Israeli army|Israel Defence Forces;
Centers for Disease Control and Prevention=CDC;
Africa Centres for Disease Control and Prevention=Africa CDC|Africa Centers for Disease Control and Prevention;
Health Canada; Transport Canada; Parks Canada; Public Health Agency of Canada=PHAC;
Center for Science in the Public Interest=CSPI;
Center for a New American Security=CNAS; National Institute for Public Health and the Environment=RIVM;
Whale and Dolphin Conservation; NHS Greater Glasgow and Clyde; NHS Ayrshire and Arran; NHS Dumfries and Galloway;
Conseil d'État=Conseil d'Etat; Sciences Po; Australian Security Intelligence Organisation=ASIO;
Food and Drug Administration=FDA; European Commission; European Parliament;
Security Council=UN Security Council|U.N. Security Council;
Europol; Interpol; Saudi Press Agency=SPA; Xinhua; Yonhap; Kyodo; Anadolu; IRNA;
Champions League; Premier League; Black Friday; Formula One; Nobel Prize;
Conservative Party=Conservatives|Tories|Tory|Conservative; Labour Party=Labour; Democratic Party=Democrats;
Republican Party=Republicans|GOP; Liberal Democrats=Lib Dems|Lib Dem|Liberal Democrat;
Telegram; WhatsApp; WeChat; Weibo; VKontakte=VK; Odnoklassniki; Truth Social; Bluesky; Viber; Douyin;
Roskomnadzor; Rosgvardia; Rosatom; X Corp; YouTube;
House of Commons=Commons; House of Lords; House of Representatives;
NASA; European Space Agency=ESA; Instagram; Allianz; Siemens;
Nestle; Unilever; HSBC; Barclays; BlackRock; Visa; Mastercard;
Netflix; Uber; Intel; IBM; Oracle; Sony; Alibaba; Tencent; ByteDance; Xiaomi; Foxconn; TSMC;
X=Twitter; Saudi Aramco=Aramco; Glencore; Maersk; Greenpeace; Oxfam; International Olympic Committee=IOC; FIFA;
Philip Morris International=Philip Morris|PMI; Senedd; Deutsche Bahn; Sberbank; VTB; BaFin; Revolut; Tether;
British American Tobacco=BAT; Japan Tobacco;
Occupational Safety and Health Administration=OSHA; Action on Smoking and Health=ASH; Companies House;
Guardia Civil; Skills for Care; People with Disability Australia; Disabled People Against Cuts; Not Dead Yet;
Global Sovereign Debt Roundtable; Paris Club; Eurojust; Organized Crime and Corruption Reporting Project=OCCRP;
U.S. Customs and Border Protection=Customs and Border Protection|CBP; U.S. Citizenship and Immigration Services=USCIS;
Executive Office for Immigration Review; American Civil Liberties Union; PitchBook; Crunchbase; Layoffs.fyi;
General Catalyst; Sequoia Capital; Andreessen Horowitz; Y Combinator; Tiger Global; Insight Partners; Index Ventures;
Temasek; Care Quality Commission=CQC; Health Service Executive; Mental Health Commission;
National Disability Insurance Agency=NDIA; Royal College of Psychiatrists; Carers UK; Dignity in Dying;
Health Information and Quality Authority=HIQA; Department for Work and Pensions=DWP; Afreximbank;
Migration Policy Institute; Texas Commission on Jail Standards; Clan del Golfo; Cosa Nostra;
Camorra; DZ Mafia;
Cour des comptes=Cour des Comptes; Vinci; Bouygues; Eiffage; TOLOnews; Danantara; Budimex; 1922 Committee;
Discord; Twitch; Roblox; Snapchat; Pinterest; GitHub; Starlink; Robinhood; Klarna; Monzo; Temu; Shein; AliExpress;
Shopify; eBay; Stripe; Hermès=Hermes; Gucci; Chanel;
Thames Water; Southern Water; Anglian Water; Severn Trent; Yorkshire Water; United Utilities; Wessex Water;
Northumbrian Water; South West Water; Welsh Water=Dŵr Cymru; Scottish Water; Ofwat; Environment Agency;
European Environment Agency=EEA; Health and Human Services;
British Chambers of Commerce=BCC; Scottish Parliament; Scottish Labour; Scottish Greens=Scottish Green Party;
Parliamentary Commissioner for Standards; Crown Estate;
GRU; KGB; SVR; Shin Bet; MSS; AIVD; MIVD; BND; DGSE; DGSI; CSIS;
Parliamentary Committee for the Security of the Republic=Copasir; Bundeswehr; Bits of Freedom;
National Anti-Corruption Bureau of Ukraine=NABU; High Anti-Corruption Court=HACC; Servant of the People;
European Solidarity; Centene; Aetna; CVS Health; UnitedHealth Group=UnitedHealth|UnitedHealthcare; Humana;
Elevance Health; Cigna; Molina Healthcare; Kaiser Permanente; HCA Healthcare; Optum Rx; Express Scripts; Caremark;
Teva; Astellas; AHIP; Pharmaceutical Research and Manufacturers of America=PhRMA; KFF Health News; KFF;
NewYork-Presbyterian; Mayo Clinic; eSafety Commissioner; Snap Inc=Snap; techUK; Coimisiún na Meán;
Karolinska Institutet; NSPCC; Molly Rose Foundation; Internet Watch Foundation; 5Rights Foundation; Mazhilis;
Commonwealth of Independent States=CIS; Freedom and Direct Democracy; Motorists for Themselves; Agrofert; Nézőpont;
Civil Contract; Chama cha Demokrasia na Maendeleo=Chadema; Chama Cha Mapinduzi=CCM; Ain o Salish Kendra;
Jamaat-e-Islami=Bangladesh Jamaat-e-Islami; Copernicus Climate Change Service=C3S;
National Snow and Ice Data Center=NSIDC; Met Éireann; World Weather Attribution; Carbon Brief;
India Meteorological Department=IMD; European Centre for Medium-Range Weather Forecasts=ECMWF; Glass Lewis;
Elliott Management; Starboard Value; Trian Partners; The Art Newspaper; CITES;
International Union for Conservation of Nature=IUCN; Born Free Foundation; Natural England; Aena; Marriott; Hilton;
Skift; Nigerian National Petroleum Company=NNPC; Central Bank of Nigeria=CBN;
Independent National Electoral Commission=INEC; Nigeria Labour Congress=NLC; GhanaWeb;
Network of Human Rights Defenders in Central Africa=REDHAC; Growing Up in Ireland;
Senate Health, Education, Labor and Pensions Committee=HELP Committee;
Ministry for the Propagation of Virtue and the Prevention of Vice; Société des grands projets;
Office National de l'Électricité et de l'Eau Potable=ONEE; Fédération des apiculteurs du Québec;
Institut de la statistique du Québec; Association québécoise des vapoteries;
Coalition québécoise pour le contrôle du tabac;
Ministère de l'Agriculture, des Pêcheries et de l'Alimentation=MAPAQ;
Otzma Yehudit; Los Chapitos=Chapitos; Yamal LNG; Evercore; Daily Sabah; Notes from Poland; Komerční banka; Mongabay;
franceinfo; noyb; COVAX; NSW Police=NSW Police Force; Victoria Police; V/Line; UNAMA; Amu TV; The Third Pole; MEED;
Limak; KOSDAQ=Kosdaq; Lürssen; NVL; Bumar-Łabędy; JTI-Macdonald; There Is Such a People; Strategy XXI;
Fincantieri Marinette Marine; Renta 4 Banco; Femern A/S; Per Aarsleff; Inter-Services Public Relations=ISPR;
Cecil G. Sheps Center for Health Services Research; Peterson-KFF Health System Tracker;
"""


# more organisations: companies, media, international bodies, agencies, parties and armed groups
_ORGS_MORE = """
Executive Yuan; Legislative Yuan; Control Yuan; Judicial Yuan; Examination Yuan; TF1; France 2; France 24; PBS; ZDF;
ARD; RAI; KBS; New York Stock Exchange=NYSE; General Dynamics; Kongsberg; Biogen; Eisai; CMOC Group=CMOC;
Social Democratic and Labour Party=SDLP; Nepali Congress; Infineon; NXP Semiconductors=NXP; Renesas; STMicroelectronics;
Amazon Web Services=AWS; Google Cloud; Microsoft Azure=Azure; Marks & Spencer=Marks and Spencer|M&S;
Environment and Climate Change Canada=ECCC; Reuters=Reuters Staff;
Codelco; Cochilco; SQM; Albemarle; Ecopetrol; YPF; CNOOC; QatarEnergy; Bunge; Nestlé=Nestle; Mondelez;
Yara; Comex; S&P Global Platts=Platts; Caixin; Korean Central News Agency=KCNA; Bernama; Antara;
Indo-Asian News Service=IANS; Freeport-McMoRan; Newmont; Barrick Gold=Barrick; Zijin Mining; Jiangxi Copper;
Antofagasta Minerals; First Quantum Minerals; Lundin Mining; Teck Resources; Sibanye-Stillwater;
Impala Platinum=Implats;
Gold Fields; Harmony Gold; Eskom; Transnet; Sonatrach; Kenya Power; Ethiopian Airlines; Safaricom; MTN Group=MTN;
Olam; Wilmar; Louis Dreyfus; Archer-Daniels-Midland=ADM; Viterra; COFCO; Nutrien; OCP Group=OCP; Sinochem; PhosAgro;
Uralkali; Nornickel=Norilsk Nickel; Rusal; Severstal; Gazprom Neft; Novatek; Transneft; Naftogaz; Ukrenergo; Orlen;
CEZ; Enel; Engie; Iberdrola; RWE; Uniper; Vattenfall; Ørsted=Orsted; Fortum; Statkraft; Petronas; Pertamina; ONGC;
Reliance Industries; Indian Oil; Tata Steel; Tata Motors; Infosys; Wipro; Adani Group; Coal India; Gunvor; Mercuria;
Kpler; Vortexa; Ambrey; Lloyd's List; Argus Media=Argus; ICIS; Wood Mackenzie; Rystad Energy; BloombergNEF;
Jefferies; Capital Economics; Oxford Economics; Eurasia Group; ING; Rabobank; Commerzbank; Danske Bank; Nordea;
SEB; Swedbank; DNB; Prensa Latina; Agência Brasil; Télam; Lusa; Belga; Ritzau; Tasnim News Agency=Tasnim;
Fars News Agency; Syrian Arab News Agency=SANA; Al-Manar; Al Mayadeen;
Morgan Stanley; Citigroup=Citi; Bank of America; Wells Fargo; Deutsche Bank; UBS; Credit Suisse;
BNP Paribas; Societe Generale=Société Générale; Santander; Nomura; Mizuho; Macquarie; Standard Chartered;
NatWest; Berkshire Hathaway; Walmart; Costco; Kroger; Safeway; Meijer; Giant Eagle; Walgreens; CVS;
Home Depot; Tesco; Sainsbury's; Asda; Aldi; Lidl; Carrefour; Ikea=IKEA; Inditex; LVMH; Kering; Nike;
Adidas; Coca-Cola; PepsiCo; McDonald's; Moody's; Sainsbury's; Macy's; Lloyd's; Christie's; Sotheby's;
Kellogg's; Domino's; Wendy's; Kohl's; Lowe's; Denny's; Applebee's; Hershey's; Dillard's; Morrisons; Starbucks; Danone; Procter & Gamble; Johnson & Johnson; Merck;
Novartis; Roche; Sanofi; GSK=GlaxoSmithKline; Bayer; Eli Lilly; Novo Nordisk; AbbVie; BioNTech;
Chevron; ConocoPhillips; TotalEnergies; Eni; Equinor; Petrobras; Pemex; Lukoil; Sinopec; PetroChina;
ADNOC; Repsol; Ford; General Motors=GM; Stellantis; BMW; Mercedes-Benz; Renault; Nissan; Honda; Hyundai;
Kia; BYD; Geely; Ferrari; Lockheed Martin; Raytheon=RTX; Northrop Grumman; BAE Systems; Rheinmetall;
Thales; Dassault; Saab; Embraer; Rolls-Royce; General Electric=GE; Honeywell; Caterpillar; Ericsson;
Nokia; Qualcomm; AMD; Broadcom; Micron; ASML; SK Hynix=SK hynix; Panasonic; Toshiba; Hitachi;
SoftBank; Baidu; Lenovo; CATL; Cisco; Salesforce; Adobe; SAP; Spotify; Airbnb; PayPal; Anthropic;
DeepMind; xAI; CrowdStrike; Palantir; Reddit; LinkedIn; Disney; Comcast; Verizon; AT&T; Vodafone;
Deutsche Telekom; FedEx; UPS; DHL; Emirates; Qatar Airways; Lufthansa; Air France; KLM;
British Airways; Ryanair; EasyJet=easyJet; Delta Air Lines=Delta; American Airlines;
United Airlines; Southwest Airlines; Korean Air; Rio Tinto; BHP; Anglo American; ArcelorMittal;
Cargill; CMA CGM; Hapag-Lloyd; COSCO; Vitol; Trafigura; Moët Hennessy; Samsung Electronics;
Tohoku Electric; TEPCO=Tokyo Electric Power;
BBC Radio 4=Radio 4; BBC Radio 5 Live=Radio 5 Live;
CBS; NBC; ABC News; Fox News; MSNBC; NPR; CNBC; The Wall Street Journal=Wall Street Journal|WSJ;
The Economist=Economist; The Telegraph=Daily Telegraph; The Times; The Sunday Times;
The Independent; Daily Mail; Sky News; ITV;
Le Monde; Le Figaro; Der Spiegel=Spiegel; Süddeutsche Zeitung; El País; Corriere della Sera; ANSA;
DPA=dpa; EFE; NHK; Nikkei; South China Morning Post; Global Times; Dawn; The Hindu; Times of India;
Hindustan Times; NDTV; Press Trust of India; ANI; Haaretz; Times of Israel; Jerusalem Post;
Al Arabiya; The Athletic; Variety; Kommersant; Vedomosti; Meduza; Novaya Gazeta; Politico; Axios; Forbes; The Atlantic;
Ukrainska Pravda; Kyiv Independent; WAFA; PR Newswire=PRNewswire; Business Wire; GlobeNewswire;
The Lancet=Lancet; New England Journal of Medicine; BMJ; JAMA; YouGov; Ipsos; Gallup;
Pew Research Center; Arab League; Gulf Cooperation Council=GCC; Organisation of Islamic Cooperation=OIC;
ECOWAS; Mercosur; BRICS; OSCE; OECD; Council of Europe; European Court of Human Rights;
UNESCO; UNRWA; UNDP; World Food Programme=WFP; Food and Agriculture Organization=FAO; OCHA;
International Organization for Migration=IOM; International Labour Organization=ILO; Gavi;
Save the Children; International Rescue Committee=IRC; Norwegian Refugee Council; Mercy Corps;
World Vision; Committee to Protect Journalists=CPJ; Reporters Without Borders; Transparency International;
International Crisis Group; Chatham House; Brookings Institution; SIPRI; Bellingcat; IISS;
Armed Conflict Location and Event Data Project=ACLED|Armed Conflict Location and Event Data|
Armed Conflict Location & Event Data Project|Armed Conflict Location & Event Data;
Eurostat; Frontex; European Council; European Investment Bank; EBRD; Asian Development Bank;
African Development Bank; International Energy Agency=IEA; World Meteorological Organization=WMO;
IPCC; UEFA; WADA; Energy Information Administration=EIA|U.S. Energy Information Administration|US Energy Information Administration; Environmental Protection Agency=EPA; FEMA;
NOAA; National Weather Service; U.S. Geological Survey=USGS; Department of Homeland Security=DHS;
Immigration and Customs Enforcement=ICE; Drug Enforcement Administration=DEA; National Security Agency=NSA;
National Transportation Safety Board=NTSB; Federal Aviation Administration=FAA;
Fitch Ratings=Fitch; S&P Global Ratings=S&P Global|S&P|Standard & Poor's; Moody's Investors Service;
Les Echos; Handelsblatt; Frankfurter Allgemeine Zeitung=FAZ; L'Orient-Le Jour; L'Orient Today; Daily Maverick;
PREMIUM TIMES=Premium Times; Addis Standard; Al-Monitor; The National; Rappler; The Straits Times=Straits Times;
Nikkei Asia; Folha de S.Paulo=Folha; Infobae; Law360;
United Auto Workers=UAW; Teamsters=International Brotherhood of Teamsters; AFL-CIO; United Steelworkers=USW;
Service Employees International Union=SEIU; American Federation of Teachers=AFT; National Education Association=NEA;
International Association of Machinists=IAM; Unifor; Canadian Union of Public Employees=CUPE; Trades Union Congress=TUC;
Verdi=ver.di; Force Ouvrière;
National Union of Mineworkers=NUM;
Securities and Exchange Commission=SEC; Federal Trade Commission=FTC; Justice Department=Department of Justice|DOJ;
Secret Service; National Security Council; NHS; Medicines and Healthcare products Regulatory Agency=MHRA; Ofcom; Ofgem;
HM Revenue and Customs=HMRC;
Metropolitan Police=Met Police; Crown Prosecution Service=CPS; Director of Public Prosecutions=DPP; Home Office;
Foreign Office;
Reform UK; SNP=Scottish National Party; Plaid Cymru; Sinn Féin=Sinn Fein; DUP; Fidesz;
AKP=Justice and Development Party|Justice and Development party; CHP; BJP=Bharatiya Janata Party;
Indian National Congress; Aam Aadmi Party=AAP; Trinamool Congress; RJD=Rashtriya Janata Dal;
Janata Dal (United)=JD(U); Janata Dal (Secular)=JD(S); Communist Party of India (Marxist)=CPI(M); CPI(ML); PML-N; Pakistan Tehreek-e-Insaf=PTI; ANC=African National Congress;
ZANU-PF; Frelimo; Renamo; MPLA; UNITA; Likud; Yesh Atid; National Rally;
La France Insoumise=La France insoumise|France Insoumise|LFI;
SPD; CDU; CSU; FDP; Alternative for Germany=AfD; Law and Justice=PiS; Civic Platform; PSOE; Vox; Podemos; Sumar;
Brothers of Italy; Forza Italia; Five Star Movement; Fianna Fáil; Fine Gael; Syriza; New Democracy;
Bloc Québécois; Georgian Dream; New Democratic Party=NDP; Pheu Thai; Gerindra; Golkar; Liberal Democratic Party=LDP;
People Power Party; Kuomintang=KMT; Democratic Progressive Party=DPP; Awami League; Morena;
Slovenian Democratic Party=SDS; ELN=National Liberation Army; FARC; Los Choneros; Los Lobos;
Jalisco New Generation Cartel=CJNG; MS-13; Group for the Support of Islam and Muslims=JNIM|Jama'at Nusrat al-Islam wal-Muslimin; ISWAP; PKK; YPG; Syrian Democratic Forces=SDF;
Tehreek-e-Taliban Pakistan=TTP|Tehreek-i-Taliban Pakistan|Tehrik-e-Taliban Pakistan|
Tehrik-i-Taliban Pakistan|Pakistani Taliban;
Baloch Liberation Army=BLA; Arakan Army; Polisario Front;
Sejm; Seimas; Saeima; Riigikogu; Sabor; Storting; Folketing; Riksdag; Eduskunta; Lok Sabha; Rajya Sabha; Bundesrat;
Dáil=Dáil Éireann|Dail; Oireachtas; GERB; VMRO-DPMNE; Smer; Progressive Slovakia; Civic Coalition; Fenerbahçe=Fenerbahce;
Social Democratic Union of Macedonia=SDSM;
D66; CDA=Christian Democratic Appeal; VVD=People's Party for Freedom and Democracy; PVV=Party for Freedom; JA21;
GroenLinks-PvdA=GreenLeft-Labour; N-VA=New Flemish Alliance; Vooruit; Les Engagés; Vlaams Belang; Ecolo;
Les Républicains; Renaissance; MoDem; Rassemblement National; BSW=Sahra Wagenknecht Alliance; Die Linke;
NPD=National Democratic Party of Germany; ÖVP=Austrian People's Party; FPÖ=Freedom Party of Austria; SPÖ;
FGTB; OGBL; FEB=Federation of Belgian Enterprises; Greens;
Police Scotland; PSNI=Police Service of Northern Ireland; An Garda Síochána=Garda Síochána|Gardaí; El Mundo; El Tiempo; El Universal; El Comercio; El Faro; El Nacional; El Heraldo; El Deber; El Espectador;
El Observador; El Mercurio; El Periódico; El Confidencial; El Economista; El Financiero; El Diario; Galatasaray; Beşiktaş=Besiktas; FTX; Binance; Coinbase; Experian; Equifax; Mandiant; CrowdStrike;
Bundesliga; Ligue 1; Serie A; La Liga=LaLiga; Eredivisie; Scottish Premiership; English Football League=EFL;
Major League Soccer=MLS; National Football League=NFL; National Basketball Association=NBA;
National Hockey League=NHL; Major League Baseball=MLB; Union Cycliste Internationale=UCI; ATP; WTA;
Court of Arbitration for Sport=CAS; International Tennis Integrity Agency=ITIA; Athletics Integrity Unit=AIU;
Manchester United=Man Utd|Man United; Manchester City=Man City; Newcastle United; Tottenham Hotspur=Tottenham|Spurs;
West Ham United=West Ham; Aston Villa; Crystal Palace; Nottingham Forest; Wolverhampton Wanderers=Wolves;
Brighton & Hove Albion=Brighton and Hove Albion; Leeds United; Leicester City; Luton Town; Ipswich Town;
Sheffield United; Sheffield Wednesday; Arsenal; Chelsea; Everton; Fulham; Brentford; AFC Bournemouth; Millwall;
Celtic; Rangers; Heart of Midlothian=Hearts; Hibernian=Hibs; Real Madrid; Atlético Madrid=Atletico Madrid;
FC Barcelona=Barça|Barca; Athletic Bilbao; Real Sociedad; Villarreal; Sevilla FC; Real Betis; Juventus;
Inter Milan=Internazionale; AC Milan; Napoli; AS Roma; Lazio; Atalanta; Fiorentina; Bayern Munich;
Borussia Dortmund; RB Leipzig; Bayer Leverkusen=Bayer 04 Leverkusen|Leverkusen; Eintracht Frankfurt;
VfL Wolfsburg; TSG Hoffenheim=Hoffenheim; Mainz 05; Union Berlin=1. FC Union Berlin; Paris Saint-Germain=PSG;
Olympique Lyonnais; Olympique de Marseille; AS Monaco; AFC Ajax; PSV Eindhoven=PSV; Feyenoord; Benfica; FC Porto;
Sporting CP=Sporting Lisbon; Bodø/Glimt=Bodo/Glimt; Club Brugge; Anderlecht; KRC Genk
"""

ORG_KEYWORDS: Final = set(_split("""
DMCC FZE FZCO SpA Gestion
Co Oil Health Farms Dairy Ironworks Infrastructure Data Database Analytics Cars Corps Limited GmbH LLP Pty Bhd Coal
Ministry Institute Tribes Tribe Band Confederacy Syndicate Cooperative Consortium Guild Brotherhood Caucus Collective Council Bank Party Agency Organization Organisation Commission Court
University College Union Company Corporation Corp Inc Ltd LLC Group Committee Parliament
Congress Senate Assembly Department Office Service Services Authority Army Navy Forces Force
Guard Police Federation Association Foundation Fund Board Bureau Centre Center Society
Airlines Airways Holdings Technologies Systems Motors Energy Pharmaceuticals Labs Laboratories
Network News Times Post Journal Press Television Radio Church Movement Front Alliance
Coalition Brigade Battalion Regiment Division Command Cabinet Government Administration
Secretariat Tribunal Exchange Reserve Hospital Clinic School Academy Museum Club Team
Network Program Programme Directorate Rally Unbowed Defence Defense Survey Rights Watch Lawyers
Inspectorate Prosecutor's Mission Embassy Consulate Centres Centers Institutes Agencies
Trust Trusts Partners Capital Securities Investments Advisors Advisers Associates Bancorp
Products Industries Foods Brands Enterprises Solutions Logistics Pharma Mining Media Studios
Entertainment Resources Petroleum Steel Chemicals Electronics Insights Consulting Ventures
Crescent Cross Air International Staff Therapeutics Biosciences Biotech Biologics Healthcare Aerospace Dynamics Robotics Semiconductors Railway Railways Telecom Telecommunications Insurance Electric Power Shipping Platinum Metals Maritime Tankers Lines Navigation Carriers Library Infirmary Bakery Cafe Restaurant Hotel Pharmacy Fundação Fondation Stiftung Forum Confederation Chamber Laboratory Lab Store Stores Marketplace Banco Banque Banca Instituto Institut Universidad Université
Universität Ministerio Ministère Junta Xunta Generalitat Consejo Conseil Corte Cámara Comisión Compañía Grupo Partido Fundación Observatory Community
Devices Minerals Semiconductor Instruments Networks Properties Inquiry
Communities
Management League Headquarters Sentinel Gazette Herald Tribune Chronicle Courier Telegraph Observer Examiner
Inquirer Dispatch Campus Policing Cartel Buses Coaches Rail Ferries Kreditbank Landesbank Sparkasse Engineering Intelligence
Squad Unit Trains
Tech FM Institution Bloc Rovers Wanderers Albion Rangers Hotspur FC Moors Broadcasting
Colegio Sindicato Asociación Confederación Federación Movimiento Unión União Frente Alianza Aliança Coalición Rassemblement Coordination Servicio Agencia Conselho Ministério
Associação Federação Comissão Serviço Agência Companhia Confédération Fédération Mouvement Agence Société
Compagnie Consiglio Ministero Istituto Associazione Federazione Partito Movimento Fondazione Commissione
Agenzia Società
Protection Archive Panel Ports Fleet Flotilla
Research Markets Restructuring Materials Paving Elementary Security Mutual Facility Analytics Advisory Construction Realty Manufacturing Automotive Software Payments Aviation Utilities Renewables
Re Bio Generics Biopharma Farmacéutica Aerolíneas Aerolineas Airline
Costruzioni Costruzione Construcciones Construções Ingeniería Engenharia Ingegneria Mobilités Mobilité Énergies
Transports Industrias Industrie Gruppo Groupe Seguros Assicurazioni Versicherung Werke Autostrade Ferrovie Ferrocarriles
""", None))

# last words that make an unknown name a place ("Suez Canal", "Lake Chad" is in PLACES)
PLACE_WORDS = {"Canal", "River", "Lake", "Sea", "Ocean", "Bay", "Gulf", "Strait", "Straits", "Shoal", "Creek",
               "Shoals", "Reef", "Atoll", "Archipelago", "Cape", "Glacier", "Falls", "Lagoon", "Crater",
               "Island", "Islands", "Mountains", "Mountain", "Valley", "Desert", "Peninsula",
               "Coast", "Province", "Region", "County", "District", "Oblast", "Airport", "Square", "Capitol",
               "Fault", "Trench", "Stadium", "Arena", "Theater", "Theatre",
               "Street", "Avenue", "Bridge", "Dam", "Park", "Heights", "Hills", "Plain", "Basin",
               "Delta", "Highway", "Pass", "Range", "Road", "Boulevard", "Plaza", "Harbour", "Harbor", "Reservoir", "Governorate", "Prefecture", "Palace", "Barrage",
               "Castle", "Cathedral", "Fortress", "Circle", "Market", "Roundabout", "Junction", "Area", "Parish",
               "Courthouse"}

PLACE_SUFFIXES = {"region", "oblast", "province", "district", "county", "state", "city",
                  "town", "village", "governorate", "prefecture", "territory", "republic"}

# person titles; multi-word ones first so the longest wins
TITLES = _split("""
Senior Superintendent of Police; Deputy Superintendent of Police; Assistant Superintendent of Police;
Superintendent of Police; Deputy Inspector General of Police; Inspector General of Police; Commissioner of Police;
Director General of Police; High Representative; High Commissioner; Treasurer; Controller; Comptroller; Clerk;
Auditor; Public Defender; Registrar; Assessor; Informateur; Formateur; Cr; Vice-chief; Vice-Chief;
Vice Chief; Kúkpi7;
Senior Managing Executive Officer; Managing Executive Officer; Senior Managing Director; Managing Director;
Executive Officer; Senior Advocate; Advocate;
Vice President; President; Chief Executive Officer; Chief Financial Officer;
Chief Operating Officer; Chief Technology Officer; Chief Restructuring Officer; Chief Investment Officer;
Chief Information Officer; Chief Medical Officer; Chief Commercial Officer; Chief Marketing Officer; Chief Legal Officer;
Chief Risk Officer; Chief Strategy Officer; Chief Nursing Officer; Chief Economist; Chief Scientist; Chief Executive;
Commander-in-Chief; Commander-in-chief; Commander in Chief; Special Agent in Charge; Special Agent; Assistant Prosecutor; Justices; Judges; Senators; Prime Minister; Deputy Prime Minister; Foreign Minister;
Defence Minister; Defense Minister; Finance Minister; Interior Minister; Health Minister;
Minister; Chancellor; King; Queen; Crown Prince; Prince; Princess; Pope; Emperor; Sultan;
Emir; Sheikh; Ayatollah; Senior General; Director-General; Director General; Administrator;
Inspector General; Surgeon General; Auditor General; Solicitor General; Attorney-General;
Assistant U.S. Attorney; U.S. Attorney; U.S. District Judge; District Judge; Magistrate Judge;
Circuit Judge; Attorney;
Majority Leader; Minority Leader; Majority Whip; Minority Whip; House Speaker;
Актёр; Актриса; Режиссёр; Депутат; Адвокат; Судья; Представитель; Пресс-секретарь; Директор;
Председатель; Спикер; Писатель; Журналист; Lieutenant General; Lt. Gen.; Lt Gen; Major General; Maj. Gen.;
Brigadier General; General; Gen.; Gen; Colonel; Col.; Lieutenant; Lt.; Major; Maj.; Captain;
Capt.; Sergeant; Sgt.; Admiral; Adm.; Vice Admiral; Rear Admiral; Commander; Marshal; Field Marshal;
Air Marshal; Commodore; Brigadier; Brig Gen; Brig. Gen.; Brig.; Brig; Lt Col; Lt. Col.; Superintendent;
Cllr; Cllr.; Coun; Eng.; Engr.; Councillor; Commissioner-General;
Rear Adm.; Vice Adm.; Cmdr.; Cmdr; Lt. Cmdr.; Cdr; Cpl.; Cpl;
Pfc.; Spc.; Sgt. Maj.; Petty Officer; Chief Petty Officer; Ensign; Lance Corporal; Corporal;
Assistant District Attorney; Deputy District Attorney;
Sepoy; Lance Naik; Naik; Havildar; Naib Subedar; Subedar; Qari; Mawlawi; Maulvi;
Trustee; Alderman; Alderwoman; Councilman; Councilwoman; Councilmember; Council Member; Assemblyman; Assemblywoman;
Assemblymember; Supervisor; Magistrate; Coroner; Ombudsman; Delegate;
MLA; MEP; MPP; MSP; Chief Superintendent; Det Chief Supt; Det Chief Insp; Det Supt; Det Insp; Det Sgt; Det Con; Supt; Insp; DCI;
Deputy Commissioner; Constable; Corporal; Trooper; Det Ch Supt; Det Ch Insp; Ch Supt; Ch Insp; DCS; DSupt;
Co-chair; Co-Chair; Co-chairman; Co-chairwoman; Prefect; Sub-Prefect;
Deputy Secretary of State; Deputy Secretary; Under Secretary;
Secretary of State; Secretary-General; Secretary General; Secretary; Senator; Sen.;
Representative; Rep.; Congressman; Congresswoman; Governor; Gov.; Mayor; Judge; Justice;
Chief Justice; Additional Attorney General; Attorney General; Additional Advocate General; Advocate General;
Prosecutor; Dr.; Dr; Doctor; Professor; Prof.; Mr.; Mr;
Mrs.; Mrs; Ms.; Ms; Mme.; Mme; Mlle.; Mlle; Sir; Dame; Lord; Lady; Speaker; Premier; Chairman; Chairwoman;
Chairperson; Chair;
Executive Director; Spokesperson; Spokesman; Spokeswoman; Vice-Chairperson; Vice Chairman; Vice-Chairman;
Deputy Chairman; Chief Whip; Opposition Leader; Councilor; Police Commissioner; Inspector-General; Vice-Chancellor;
Governor-General; Consul General; Special Envoy; President-elect; Head Coach; Chief Inspector; Headteacher;
Patriarch; Archbishop; Father; Fr.; Reverend; Rev.; Pastor; Ratu; Datuk; Dato'; Tan Sri; Alhaji; Ibu; Bu; Bapak; Inkosi;
Shri; Shrimati; Smt.; Smt; Begum; Khun; Haji; Hajjah; Maulana; Mufti; Tunku; Thiru; Janab; Bapak; Ibu; Мэр; Президент; Премьер-министр; Министр; Генерал; Губернатор; Глава;
Посол; Bishop; Cardinal; Rabbi; Imam; Ambassador; Envoy; Commissioner;
Director; Chief; Inspector; Detective; Sheriff; Officer; Coach; Saint;
SP; ASP; DSP; CSP; ACP; DCP; CP; AIG; DIG; IGP; SSP; Comrade; Nana; Oba; Eze; Igwe; Ooni; Alhaja; Mallam; Malam;
HRM; HRH; Mai Unguwa; Alkalo; Seyfo; Hon.; Hon
""")

# lowercase role nouns that may precede or follow a name ("spokesperson Dmitry Peskov")
ROLE_NOUNS: Final = set(_split("""
president vice-president minister premier chancellor king queen prince general commander
colonel admiral secretary senator governor mayor judge justice prosecutor attorney lawyer
spokesperson spokesman spokeswoman spokesmen official officials ambassador envoy diplomat
leader chief head director chairman chairwoman chair ceo executive founder analyst economist
researcher scientist expert professor doctor commissioner adviser advisor aide deputy
negotiator representative lawmaker legislator mp candidate mayor officer inspector
detective captain coach manager editor correspondent reporter author activist campaigner
strategist investor owner partner president-elect speaker ombudsman cardinal bishop
rapporteur governor-general chief-of-staff barrister solicitor
forecaster meteorologist seismologist volcanologist epidemiologist climatologist hydrologist
""", None))

# what ordinary people quoted in news are ("a 54-year-old teacher")
OCCUPATIONS = set(_split("""
teacher farmer resident student nurse doctor worker driver shopkeeper engineer mother father
grandmother grandfather widow widower survivor witness villager fisherman fishermen trader vendor
pensioner retiree soldier volunteer refugee pastor priest imam lawyer businessman businesswoman
accountant mechanic labourer laborer housewife midwife pharmacist teenager veteran barrister
solicitor journalist photographer activist protester protestor organiser organizer economist
analyst researcher scientist professor lecturer historian writer novelist artist musician
entrepreneur founder owner manager employee technician electrician builder carpenter plumber
miner herder tailor chef cook waiter cleaner guard firefighter paramedic surgeon physician
midwife social carer caregiver programmer developer designer consultant banker investor
diplomat official spokesperson spokesman spokeswoman member mp senator politician candidate
voter commuter passenger tourist shepherd labourer coordinator director head chief
""", None))

# modifiers allowed inside a role phrase ("Ukraine's top general")
ROLE_MODIFIERS: Final = set(_split("""
top senior former acting deputy chief foreign defence defense military state national
interior finance health economy economic trade justice prime vice security press
presidential government opposition party army navy regional local federal central
lead principal general executive assistant associate special interim outgoing incoming
then current new longtime veteran independent public senior-most police fire emergency
agriculture energy education environment transport labour labor culture sports
""", None))

DEMONYMS: Final = dict(x.split("=") for x in _split("""
Russian=Russia; Ukrainian=Ukraine; Flemish=Flanders; Walloon=Wallonia; Catalan=Catalonia; Bavarian=Bavaria; Sicilian=Sicily; Crimean=Crimea; Tibetan=Tibet; American=United States; British=United Kingdom;
Rwandan=Rwanda; Burundian=Burundi; Ugandan=Uganda; Tanzanian=Tanzania; Ghanaian=Ghana;
Senegalese=Senegal; Tunisian=Tunisia; Algerian=Algeria; Moroccan=Morocco; Zambian=Zambia;
Zimbabwean=Zimbabwe; Mozambican=Mozambique; Angolan=Angola; Cameroonian=Cameroon;
Ivorian=Ivory Coast; Chadian=Chad; Nigerien=Niger; Eritrean=Eritrea; Malawian=Malawi;
Namibian=Namibia; Malaysian=Malaysia; Burmese=Myanmar; Bangladeshi=Bangladesh; Nepalese=Nepal;
Sri Lankan=Sri Lanka; Kuwaiti=Kuwait; Omani=Oman; Cypriot=Cyprus; Azerbaijani=Azerbaijan;
Kazakh=Kazakhstan; Uzbek=Uzbekistan; Haitian=Haiti;
South African=South Africa; Argentinian=Argentina; New Zealander=New Zealand; Costa Rican=Costa Rica; Puerto Rican=Puerto Rico;
Salvadoran=El Salvador; Sierra Leonean=Sierra Leone; South Sudanese=South Sudan; Central African=Central African Republic;
French=France; German=Germany; Chinese=China; Israeli=Israel; Palestinian=Palestine;
Iranian=Iran; Iraqi=Iraq; Syrian=Syria; Turkish=Turkey; Polish=Poland; Indian=India;
Pakistani=Pakistan; Japanese=Japan; Korean=South Korea; North Korean=North Korea;
South Korean=South Korea; Italian=Italy; Spanish=Spain; Canadian=Canada; Mexican=Mexico;
Brazilian=Brazil; Egyptian=Egypt; Saudi=Saudi Arabia; Lebanese=Lebanon; Yemeni=Yemen;
Afghan=Afghanistan; Belarusian=Belarus; European=Europe; African=Africa; Sudanese=Sudan;
Nigerian=Nigeria; Kenyan=Kenya; Ethiopian=Ethiopia; Venezuelan=Venezuela; Colombian=Colombia;
Argentine=Argentina; Australian=Australia; Dutch=Netherlands; Swedish=Sweden;
Finnish=Finland; Norwegian=Norway; Danish=Denmark; Greek=Greece; Hungarian=Hungary;
Romanian=Romania; Serbian=Serbia; Georgian=Georgia; Armenian=Armenia; Taiwanese=Taiwan;
Filipino=Philippines; Indonesian=Indonesia; Vietnamese=Vietnam; Thai=Thailand;
Qatari=Qatar; Emirati=United Arab Emirates; Jordanian=Jordan; Libyan=Libya; Somali=Somalia;
Kurdish=Kurdistan; Chechen=Chechnya; Swiss=Switzerland; Austrian=Austria; Belgian=Belgium;
Irish=Ireland; Scottish=Scotland; Welsh=Wales; Portuguese=Portugal; Czech=Czech Republic;
Lithuanian=Lithuania; Latvian=Latvia; Estonian=Estonia; Moldovan=Moldova; Cuban=Cuba;
Chilean=Chile; Peruvian=Peru; Bolivian=Bolivia; Malian=Mali; Congolese=Congo;
Philippine=Philippines; Icelandic=Iceland; Slovenian=Slovenia; Slovak=Slovakia; Croatian=Croatia;
Bulgarian=Bulgaria; Albanian=Albania; Bosnian=Bosnia and Herzegovina; Montenegrin=Montenegro;
Ecuadorian=Ecuador; Uruguayan=Uruguay; Paraguayan=Paraguay; Guatemalan=Guatemala; Honduran=Honduras;
Salvadoran=El Salvador; Nicaraguan=Nicaragua; Panamanian=Panama; Jamaican=Jamaica; Cambodian=Cambodia;
Mongolian=Mongolia; Nepali=Nepal; Tajik=Tajikistan; Kyrgyz=Kyrgyzstan; Turkmen=Turkmenistan;
Mauritanian=Mauritania; Gambian=Gambia; Guinean=Guinea; Liberian=Liberia; Togolese=Togo;
Beninese=Benin; Burkinabe=Burkina Faso; Gabonese=Gabon; Somalian=Somalia; Tanzanian=Tanzania;
Latin American=Latin America; Botswanan=Botswana; Singaporean=Singapore; Sri Lankan=Sri Lanka; Bahraini=Bahrain; Luxembourgish=Luxembourg
; Asian=Asia; Tongan=Tonga; Samoan=Samoa; Fijian=Fiji; Papuan=Papua; Marshallese=Marshall Islands;
Scandinavian=Scandinavia; Balkan=Balkans; Sahelian=Sahel; Andean=Andes; Amazonian=Amazon; Himalayan=Himalayas;
Bhutanese=Bhutan; Laotian=Laos; Timorese=East Timor; Bruneian=Brunei; Kosovar=Kosovo; Transnistrian=Transnistria;
Abkhaz=Abkhazia; Ossetian=Ossetia; Dagestani=Dagestan; Iberian=Iberia; Soviet=Soviet Union
""")) | {"US": "United States", "U.S.": "United States", "UK": "United Kingdom", "EU": "European Union"}

# A few hundred common given names across languages; a run of capitalised
# words starting with one of these is almost always a person.
FIRST_NAMES: Final = set(_split("""
Md Mohd Muhd Aaron Abdul Abdullah Abu Adam Adrian Ahmad Ahmed Alan Albert Alejandro Aleksandr Aleksei
Alex Alexander Alexandra Alexei Alexey Ali Alice Alicia Alison Amanda Amir Amy Ana Anatoly
Andrea Andrei Andrew Andriy Andrzej Angela Angelo Ann Anna Anne Annalena Antonio Antony
Anthony Anton Ariel Arseniy Arthur Ashraf Ayman Bashar Ben Benjamin Bernard Bill Bob
Boris Brian Carl Carlos Caroline Catherine Charles Charlotte Chris Christian Christine
Christopher Claire Claudia Daniel Danny David Denis Dennis Dmitry Dmitri Dmytro Donald
Edward Elena Elizabeth Elon Emily Emma Emmanuel Eric Erik Evgeny Fatima Felipe Fernando
Francesco Francis Frank Friedrich Gabriel Gavin Geert George Georgy Gerhard Giorgia
Greg Gregory Gustavo Hakan Hamid Hans Hassan Heinz Helen Henry Herman Hillary Hugo Hussein
Ian Igor Ihor Ilya Isaac Ismail Ivan Jack Jacob Jacques Jake James Jane Janet Jason Javier
Jean Jeff Jeffrey Jennifer Jens Jeremy Jerome Jim Joe Johann John Jonathan Jorge Jose
Joseph Josh Joshua Juan Julia Julian Justin Kamala Karen Karim Karl Kate Katherine Keir
Kevin Khalid Kim Kirill Klaus Kristalina Kyle Larry Laura Lee Leo Leonid Linda Lisa Liz
Lloyd Louis Luis Luiz Lula Maria Marie Marine Mark Marco Mario Martin Mary Matthew Max
Maxim Mehmet Michael Michel Miguel Mike Mikhail Mohamed Mohammed Mohammad Muhammad Narendra
Natalia Nancy Nathan Nicholas Nicola Nicolas Nikita Nikolai Nina Olaf Olena Oleg Oleksandr
Oleksiy Olga Olivia Omar Pablo Patrick Paul Pedro Peter Petro Philip Pierre Rachel Rafael
Ramzan Recep Richard Rishi Robert Roberto Rodrigo Roman Ron Ronald Rosa Ruslan Ryan Sam
Samuel Sara Sarah Scott Sean Sebastian Sergei Sergey Serhiy Shinzo Simon Sophie Stefan
Stephen Steve Steven Susan Tatiana Ted Thomas Tim Timothy Tom Tony Ursula Valentina Valery
Valeriy Vasily Viktor Victor Vincent Vitaly Vitali Vladimir Volodymyr Walter William Xi
Yevgeny Yulia Yuri Yury Ahmet Emine Ngozi Cyril Jacinda Justin Gustavo Javier
Nayib Gabriel Yoon Fumio Shigeru Anwar Prabowo Joko Ferdinand Hun Moon Tedros Antonio
Kaja Mette Ulf Petteri Alar Gitanas Edgars Evika Andrej Robert Aleksandar Edi Nikol Ilham
Maia Salome Irakli Kassym-Jomart Shavkat Sadyr Emomali Serdar Ebrahim Masoud Abbas Abiy
William Bola Nana Paul Yoweri Felix Cyril Hakainde Emmerson Yasmin Priya Raj Rahul Arjun
Wei Li Zhang Wang Chen Liu Yang Hiroshi Takeshi Yuki Haruka Jin Min Ji Seo Nguyen Lars
Anders Sven Ingrid Astrid Pekka Jussi Piotr Pawel Tomasz Katarzyna Agnieszka Marek Jan
Jana Petra Zuzana Eva Ivana Milan Dragan Aleksandra Dimitris Nikos Kostas Giorgos Yiannis
Ahmed Mahmoud Mustafa Youssef Tariq Nabil Walid Samir Rania Leila Yasser Naftali Yair Benny
Gadi Itamar Bezalel Yoav Herzi Isaac Marwan Ismail Yahya Hezi Benjamin Avi Moshe Daniela
Diego Mateo Lucia Sofia Lena Anna Hanna Maya Mia Sara Nora Ella Eva Iris Vera Zoe Chloe Grace
Hannah Jessica Rebecca Victoria Lucy Amelia Isabella Elena Irina Svetlana Oksana Natalya Daria
Yana Ines Carmen Pilar Beatriz Gabriela Fernanda Aisha Amina Zainab Noura Layla Yasmin Mei Ling
Hui Priyanka Sunita Anjali Deepa Kavita Nadia Samira Fatma Zeynep Elif Ayse Valeria Camila
Andres Ricardo Eduardo Sergio Manuel Francisco
Ethan Bruce Antoine Kwame Selin Joanne Hendra Ossufo Noah Liam Mason Logan Lucas Oliver Elijah Aiden
Jackson Carter Dylan Luke Owen Caleb Nathaniel Connor Evan Jordan Austin Tyler Brandon Zachary
Hunter Cole Chase Blake Marcus Derek Travis Trevor Shawn Jared Kenneth Keith Gary Douglas Raymond
Russell Wayne Roger Terry Gerald Harold Eugene Ralph Bryan Craig Dale Glenn Neil Stuart Graham Colin
Nigel Geoffrey Malcolm Duncan Hamish Callum Rory Declan Niall Eoin Ciaran Seamus Aidan Brendan
Patricia Barbara Margaret Dorothy Betty Sandra Ashley Kimberly Donna Michelle Carol Melissa Deborah
Stephanie Sharon Cynthia Kathleen Shirley Brenda Pamela Nicole Samantha Christina Debra Carolyn
Virginia Heather Diane Julie Joyce Evelyn Joan Kelly Lauren Judith Megan Cheryl Martha Jacqueline
Frances Gloria Teresa Kathryn Janice Madison Doris Abigail Judy Denise Amber Marilyn Beverly
Danielle Theresa Sophia Diana Brittany Natalie Rose Alexis Kayla Ava Harper Scarlett Natasha Tanya
Fiona Siobhan Aoife Niamh Gemma Kirsty Hayley Louise Joanna Eleanor Harriet Imogen Priti Anita Neha
Pooja Rekha Lakshmi Meera Shreya Divya Asha Nisha Rohan Vikram Sanjay Suresh Ramesh Rajesh Mahesh
Ganesh Anil Sunil Vijay Ajay Amit Sumit Rohit Nitin Nitish Tejashwi Prashant Arvind Mamata Yogi
Amitabh Abhishek Akhilesh Rituparna Himanta Gaurav Manoj Pradeep Deepak Ashok Ravi Kiran Aditya
Siddharth Imran Shehbaz Nawaz Bilawal Maryam Asif Faisal Usman Zubair Bilal Hamza Junaid Kashif
Waqar Saad Fahad Abdel Abdelaziz Abdelfattah Ibrahim Khaled Tarek Hisham Hossam Osama Hani Sami Rami
Ziad Fadi Nasser Jamal Adel Salah Hazem Karam Yara Dina Huda Salma Mona Reem Lina Nour Hiba Rasha
Ayodele Oluwaseun Chinedu Emeka Ifeanyi Chioma Adaeze Tunde Femi Yemi Kofi Kwabena Kojo Ama Akua
Abena Yaw Kwesi Themba Sipho Thabo Lerato Nomvula Zanele Tendai Tatenda Chipo Wanjiru Wairimu Njeri
Kamau Otieno Ochieng Achieng Akinyi Mwangi Kipchoge Halima Amani Baraka Juma Abdi Hodan Fadumo Yusuf
Idris Musa Suleiman Bakary Moussa Ousmane Mamadou Aminata Fatoumata Awa Aissatou Ibrahima Cheikh
Jean-Pierre Jean-Claude Jean-Luc Jean-Marc Jean-Paul Jean-Baptiste Pierre-Yves Marie-Claire Francois
François Thierry Olivier Laurent Stéphane Sébastien Guillaume Mathieu Julien Étienne Etienne Benoît
Benoit Yves Didier Gilles Pascal Philippe Christophe Frédéric Frederic Amélie Camille Chantal Sylvie
Isabelle Nathalie Valérie Céline Aurélie Manon Léa Clara Inès Elodie Margaux Ségolène Rachida Jürgen
Jurgen Wolfgang Dieter Horst Uwe Thorsten Matthias Markus Tobias Florian Lukas Jonas Sabine Birgit
Katrin Anja Franziska Armin Giuseppe Giovanni Luca Matteo Alessandro Lorenzo Davide Federico Stefano
Massimo Paolo Enrico Giulia Francesca Chiara Elisa Silvia Alessandra Federica Elly Raúl Raul Alberto
Álvaro Alvaro Iñigo Santiago Sebastián Andrés Gonzalo Ignacio Joaquín Martín Nicolás Tomás Esteban
Mauricio Cristina Lucía Marta Paula Raquel Rocío Rocio Ximena Mariana Catalina Florencia Milagros
João Joao Luís Paulo Marcelo Fábio Fabio Thiago Tiago Rafaela Larissa Juliana Vanessa Nikolay Pavel
Konstantin Vyacheslav Vadim Artem Artyom Stanislav Yaroslav Bohdan Taras Mykola Mykhailo Vasyl Yuriy
Oleh Vitalii Kateryna Iryna Tetiana Halyna Mariia Anastasia Ekaterina Yekaterina Lyudmila Galina
Tamara Marina Polina Alina Hüseyin Hasan Murat Emre Burak Serkan Kemal Ekrem Özgür Ozgur Ayşe Merve
Büşra Esra Gökhan Kaan Can Cem Deniz Berk Takashi Kenji Satoshi Daisuke Yusuke Kenta Shota Ryota
Haruto Sota Akira Shinji Koji Taro Yoko Keiko Naoko Yumiko Akiko Sakura Aiko Hana Yuna Minji Jisoo
Seojun Minho Jihoon Hyun Sung Joon Jun Hao Lei Jie Ming Yong Qiang Jian Hong Ying Xin Yan Fang Jing
Xiaoming Zhiwei Thanh Minh Anh Linh Huong Tuan Duc Hung Somchai Somsak Siriporn Budi Agus Dewi Siti
Putri Rizky Wahyu Bambang Surya Bongbong Imelda Corazon Ramon
José Jesús Matías Agustín Julián Iván Rubén Ramón Germán Simón Adrián Óscar Ángel Víctor Héctor
Inés Sofía Belén Ángela Fátima António Sebastião Gonçalo Conceição Zoë Chloé Élodie Hélène
Véronique Jérôme Rémi Grégoire Thérèse Renée André Noël Jörg Björn Sören Søren Jørgen Bjørn Åsa
Lukáš Tomáš Jiří Miloš Dušan Đorđe Željko Łukasz Michał Paweł Radosław Kateřina İbrahim İsmail
Şükrü Ömer Çağlar Ümit Gülnara Şule Zoé Clément Gaëlle Anaïs Maëlle Loïc Aurélien Médéric Efraín
Fermín Damián Cristián Fabián Ruth Yésica Maximilián Ivána Tamás Gábor László Zoltán Péter János
Árpád Ádám Dávid Bálint Máté Réka Dóra Sára Zsuzsanna Mária Tünde Emőke Gyöngyi Nóra Milovan
Nebojša Slobodan Nikola Marko Luka Maja Ana-Marija Mihai Ștefan Ion Ioan Gheorghe Vasile Ráhel
Ingrida Rasa Kęstutis Valdis Krišjānis Egils Kristjan Tõnis Jüri Mart Tiit Sauli Päivi Antti Mikko
Heikki Sanna Jyrki María Mónica Verónica Jelena Mihaela Ioana Ilinca Małgorzata Ágnes Erzsébet
Katalin Andreea Carys Cerys Rhys Siân Sian Dafydd Gareth Bethan Llŷr Iwan Owain Gwyneth Rhian Eluned Aled Huw
Ieuan Catrin Ffion Geraint Hywel Emyr Meinir Lowri Angharad Mererid Elin Rhodri Mabon Sioned Delyth Alun Tegwen
Osian Steffan Ifan Gruffydd Llinos Ceri Heledd Gwen Nia Ghulam Zahid Waqas Shahid Sajid Naveed Rizwan Kamran Nadeem
Javed Pervez Ayesha Sadia Farida Zarmina Parisa Qadir Enayatullah Zabihullah Saifurrahman Ahmadullah Hibatullah
Sirajuddin
""", None))

# More given names, from many languages: a run of capitalised words that opens with one is a person too.
# They tell no gender ("she" and "he" read FIRST_NAMES and FEMALE_NAMES alone, as before).
MORE_GIVEN_NAMES: Final = frozenset(_split("""
Leah Jeannette Mariela Ilse Dick Hazel Rhiannon Evo Annika Ailsa Minoru Renato Nadine Nyasha Delyan Satyendra Kailash
Sugeng Satrio Kjetil Alistair Daudi Dana Pieter Ashutosh Édgar Edgar Francisca Andréi Kari Siobhán Ross Gordon Éanna
Jenna Shihab Aaliyah Nizar Mehdi Muammar Yaakov Gali Elaine Dominique Mick Otabek Ziaullah Aubrey Ellis Arkady
Philippa Grzegorz Ngaire Nasry Ada Adele Adriana Agnes Aileen Alana Alessia Alisha Allison Alma Alyssa Amalia Amelie
Anabel Angelica Angelina Anika Annette Antonia Ariana Beatrice Belinda Bernadette Bettina Bianca Bridget Brigitte
Bronwen Carla Carole Cassandra Cecilia Celia Celine Charlene Cindy Claudette Colleen Corinne Dagmar Daphne Debbie
Dolores Edith Eileen Eliana Elisabeth Eliza Ellen Eloise Elsa Elsie Emilia Erica Erika Esther Gabriele Gabrielle
Georgina Geraldine Gertrude Gillian Gina Giovanna Greta Gwendolyn Heidi Helena Helga Henrietta Hilary Ida Ilona Irene
Isabel Janine Jasmine Jeanne Jemima Jenny Jill Jocelyn Johanna Josephine Juliet Justine Karin Karina Katarina
Katharina Katrina Kerstin Kirsten Klara Kristina Leonie Lidia Lillian Lindsay Lindsey Lisette Lois Lorena Louisa Luisa
Lydia Madeleine Magdalena Maggie Maisie Malin Manuela Mara Marcela Margarita Margit Marian Marianne Maribel Marion
Marisol Marlene Martina Matilda Maureen Maxine Melanie Michaela Mildred Miranda Miriam Monika Muriel Nadja Naomi Noemi
Norma Odile Paola Pauline Penelope Phoebe Priscilla Renata Rita Roberta Rosalind Rosalie Rosemary Roxana Sabrina
Selina Serena Sheila Simone Sonia Sonja Stella Susanne Suzanne Sylvia Tanja Tina Valerie Veronica Viktoria Vivian
Wendy Yolanda Yvonne Zara Aarav Abel Adolfo Adriano Agustin Alain Alasdair Aldo Alec Alfie Alfonso Alfred Alfredo
Alonso Ambrose Amos Andreas Angus Archibald Armando Arnaud Arnold Arturo Augusto Axel Bartholomew Basil Benedict
Bernardo Bertrand Bjorn Blaise Boyd Bradley Brett Bruno Byron Calvin Cameron Camilo Carlo Carsten Casimir Cedric Cesar
Christoph Cillian Claude Clemens Clifford Clive Conor Conrad Cormac Cornelius Damian Damien Darren Dario Desmond Dirk
Domingo Dominik Donal Doug Eamon Edgardo Edmund Edwin Egon Elias Elliot Emil Emilio Enrique Ernesto Ernst Ewan Fabian
Fergus Finn Franz Fraser Fred Frederick Fritz Gaston Gerard Gerardo Gianni Gilbert Glen Godfrey Guillermo Gunnar
Gunter Gustav Harald Harvey Hector Heinrich Helmut Henrik Herbert Hubert Humberto Ivo Jakob Jamie Jarek Jasper Jesper
Joachim Joaquin Jochen Joel Johan Johannes Jordi Josef Julio Konrad Kurt Leandro Lennart Leonard Leopold Lionel Luc
Ludwig Luigi Magnus Manfred Marc Marcel Mathias Maurice Maximilian Mikael Morten Nelson Niels Niklas Norbert Norman
Oscar Oskar Osvaldo Otto Patricio Philipp Raimund Ralf Ramiro Randall Reinhard Rene Roland Rolf Romain Rudolf Rupert
Sacha Shane Sigmar Silvio Sjoerd Steffen Sylvain Teodoro Terence Thijs Torsten Tristan Ulrich Umberto Valentin Vicente
Werner Wilfried Wilhelm Willem Xavier Yannick Aamir Abdelkader Abdelmadjid Abdulaziz Abdulla Abdulrahman Abdullahi
Adnan Akbar Akram Aladdin Alaa Amjad Amr Arash Ashfaq Atef Ayaan Aziz Badr Bakr Bassam Dawood Ehsan Emad Esmail Farid
Farouk Farhad Fawzi Firas Ghassan Habib Hadi Hafez Haider Hakim Haroun Hossein Husam Imad Issa Jafar Jalal Jawad Laith
Mahdi Majid Mansour Mazen Mohsen Mokhtar Mounir Mourad Nader Nawaf Qasim Rachid Rashid Reza Sabri Saeed Salem Sayed
Shadi Sharif Sulaiman Taha Tawfiq Wael Yousef Zakaria Zayed Asma Dalia Farah Ghada Hanan Iman Lamia Maha Manal Sana
Yasmine Aakash Anand Anupam Bhupendra Devendra Dinesh Gautam Harish Hemant Jagdish Kapil Kumar Lalit Manish Mukesh
Pankaj Prakash Pranab Rajiv Rakesh Sachin Sandeep Santosh Sanjeev Shashi Sushil Uday Umesh Vikas Vinod Vivek Yogesh
Aishwarya Deepika Meena Nirmala Radha Shalini Smriti Swati Usha Chukwuma Chidi Ikenna Obinna Olusegun Olumide
Oluwatobi Babajide Adebayo Adewale Folake Funmilayo Nkechi Amaka Ifeoma Akosua Efua Jomo Uhuru Wambui Kiprono Odhiambo
Atieno Rehema Farai Rudo Lindiwe Thandeka Zodwa Bongani Mandla Abdoulaye Boubacar Seydou Amadou Mariama Modou
Souleymane Aliyu Bello Garba Sani Haruna Yakubu Huang Zhou Jinping Fei Tao Peng Xiaoling Kazuki Masato Naoki Hiroki
Ryo Yuto Misaki Yui Aoi Emi Yoshihide Jae Seung Eun Soo Hye Kyung Tran Hoang Pham Bui Ngo Duong Trinh Anatolii Andrii
Bogdan Borys Dmitrii Fedir Gennady Grigory Hennadiy Kostiantyn Kyrylo Larysa Maksym Nataliya Oleksii Oleksandra Olha
Pavlo Serhii Stepan Valentyn Vitaliy Yevhen Yuliia Yurii Zoya Anastasiya Darya Inna Ksenia Lyubov Nadezhda Svyatoslav
Vladislav Zinaida Aleksi Eero Ilkka Kalle Lauri Matti Timo Tuomas Ville Aino Eeva Kaisa Liisa Maarit Riikka Tuula Arne
Bjarne Einar Erlend Espen Frode Geir Halvard Håkon Ingvar Knut Leif Magne Sigurd Stein Terje Trond Vegard Anette Berit
Gro Hilde Ingvild Kristin Liv Marit Randi Solveig Turid Unni Agneta Birgitta Ebba Ulla Gustaf Ingemar Kjell Mats
Mattias Nils Olof Stig Tore Torbjörn
""", None)) - FIRST_NAMES
FIRST_NAMES.update(MORE_GIVEN_NAMES)

# given names that are (almost always) women's: lets "she" skip the men
FEMALE_NAMES = set(_split("""
Alexandra Alice Alicia Alison Amanda Amy Ana Angela Ann Anna Anne Annalena Caroline Catherine
Charlotte Christine Claire Claudia Elena Elizabeth Emily Emma Fatima Giorgia Helen Hillary Jane
Janet Jennifer Julia Kamala Karen Kate Katherine Kristalina Laura Linda Lisa Liz Maria Marie
Marine Mary Nancy Natalia Nicola Nina Olena Olga Olivia Rachel Rosa Sara Sarah Sophie Susan
Tatiana Ursula Valentina Yulia Kaja Mette Evika Maia Salome Yasmin Priya Haruka Yuki Ingrid Astrid
Katarzyna Agnieszka Jana Petra Zuzana Eva Ivana Aleksandra Rania Leila Daniela Lucia Sofia
Valeria Camila Lena Hanna Maya Mia Nora Ella Iris Vera Zoe Chloe Grace Hannah Jessica Rebecca
Victoria Lucy Amelia Isabella Irina Svetlana Oksana Natalya Daria Yana Ines Carmen Pilar Beatriz
Gabriela Fernanda Aisha Amina Zainab Noura Layla Mei Ling Priyanka Sunita Anjali Deepa Kavita
Nadia Samira Fatma Zeynep Elif Ayse Ngozi Jacinda Emine Angela Theresa Margaret Lorna Wanjiru
Ольга Анна Мария Елена Наталья Татьяна Ирина Светлана Юлия
Abigail Aiko Akiko Alessandra Alina Amber Anastasia Anita Anja Asha Ashley Ava Barbara Betty Beverly
Birgit Brenda Brittany Camille Carol Carolyn Catalina Chantal Cheryl Christina Clara Corazon Cristina
Cynthia Danielle Deborah Debra Denise Diana Diane Dina Donna Doris Dorothy Eleanor Elisa Elly Evelyn
Fiona Florencia Frances Francesca Galina Gemma Gloria Hana Harriet Hayley Heather Huong Imelda
Isabelle Jacqueline Janice Joan Joanna Joanne Joyce Judith Judy Juliana Julie Kathleen Kathryn Kayla
Keiko Kelly Kimberly Larissa Lauren Lina Louise Madison Mariana Marilyn Marina Marta Martha Maryam
Megan Melissa Michelle Milagros Mona Nana Natalie Natasha Nathalie Nicole Nisha Pamela Patricia Paula
Rafaela Raquel Rocio Rose Sabine Samantha Sandra Scarlett Sharon Shirley Silvia Siobhan Sophia
Stephanie Sylvie Tamara Tanya Teresa Vanessa Virginia Ying Yoko
Abena Achieng Adaeze Aissatou Akinyi Akua Ama Aminata Amélie Aoife Aurélie Awa Ayşe Büşra Chiara
Chioma Chipo Céline Dewi Divya Ekaterina Elodie Esra Fadumo Fatoumata Federica Franziska Giulia
Halima Halyna Hiba Hodan Huda Imogen Inès Iryna Jisoo Kateryna Katrin Kirsty Lakshmi Lerato Lucía
Lyudmila Léa Mamata Manon Margaux Marie-Claire Mariia Meera Merve Minji Naoko Neha Niamh Njeri
Nomvula Nour Polina Pooja Priti Putri Rachida Rasha Reem Rekha Rituparna Rocío Sakura Salma Selin
Jelena Hawa Małgorzata Anastasiya Olha Svitlana Yevgenia Tetiana Zhanna Gulnara Aigerim Dinara Nargiza Zarina
Madina Aliya Lejla Milica Dragana Snežana Vesna Jovana Marija Bojana Tijana Ivanka Ilinca Ioana Mihaela
Andreea Ecaterina Zsófia Katalin Erzsébet Ágnes Krisztina Markéta Tereza Veronika Lucie Kristýna Ewa
Magdalena Dorota Beata Renata Monika Marzena Agata Urszula Khadija Mariam Rima Dalia Yara Salwa Suad
Ghada Amal Iman Asmaa Nawal Sawsan Hayat Aïssata Mariama Kadiatou Nafissatou Folake Funmilayo Adunni
Yetunde Wambui Wanjiku Nyambura Thandiwe Nomsa Zanele Lindiwe María Guadalupe Ximena Luz Marisol
Esperanza Adriana Verónica Mónica Yolanda Rosario Dolores Consuelo Lourdes Yumiko Mariko Kaori Sachiko
Aishwarya Shreya Ananya Nandini Sushma Smriti Nirmala Mehbooba Benazir Hina Ayesha Farah Shirin Roya
Parisa Janine Nadine Carla Heidi Greta Svenja Saskia Anke Ulrike Katja Kerstin Simone Brigitte Ségolène
Valérie Inês Joana Sinéad Róisín Orla Mairead Eilidh Mhairi Nikki Tulsi Kristen Kirsten Gretchen Tammy
Stacey Tiffany Tracy Wendy Sheila Penny Jill Denise Lupe Marisol Rosa Grażyna Halina Olena Yevheniia
Shreya Siriporn Siti Ségolène Tetiana Valérie Wairimu Ximena Yara Yekaterina Yumiko Yuna Zanele
Cindy Martina Sviatlana Saule Alesia Krasimira Tsvetana Ludmila Lyudmyla Nataliia Yuliia Khrystyna Solomiia
Oleksandra Anzhelika Viktoria Viktoriia Ksenia Kseniya Alyona Alena Galyna Iuliia Marharyta Ulyana Liudmyla
Kristina Karina Regina Elvira Albina Gulshat Asel Aizhan Saltanat Gaukhar Aruzhan Nodira Shahnoza Dilnoza
Tamar Tamta Ketevan Natia Mariam Anahit Lusine Gayane Armine Sevinj Leyla Gunel Aytan Agnes Alexia Allison
Angelina Annette Annie Antonia Audrey Beatrice Belinda Bernadette Bethany Bonnie Brianna Bridget Caitlin
Candice Cara Carmela Cassandra Catriona Cecilia Charlene Charmaine Christa Clarissa Colleen Connie Constance
Courtney Crystal Daisy Daphne Darlene Dawn Delia Delphine Desiree Dolly Edith Eileen Elaine Eliza Ellen Eloise
Elsa Emilia Erica Erika Esther Estelle Eugenia Faith Felicity Florence Frida Gabriella Gabrielle Georgia
Georgina Geraldine Gillian Ginny Gwen Gwendolyn Hazel Helena Helene Holly Hope Ida Ilse Irene Isla Ivy Jade
Janet Jasmine Jeanne Jenna Jenny Jill Jocelyn Josephine Juanita Julianne Juliet June Justine Kara Katharina
Kathy Katie Katrina Kay Kylie Lara Leah Leanne Leonie Lesley Leticia Lillian Lily Lindsay Lindsey Liza Lois
Lorena Lorraine Lotte Louisa Luciana Lucinda Lydia Mabel Mackenzie Madeleine Madeline Maggie Mallory Marcela
Marcia Margarita Margot Maribel Marion Marisa Marjorie Marlene Maureen Maxine Melanie Melinda Mercedes
Meredith Miriam Molly Monique Muriel Myriam Nadine Naomi Nell Nellie Noemi Norma Odile Olive Paloma Patrícia
Paulina Pauline Pearl Penelope Phoebe Phyllis Priscilla Rebekah Renee Renée Rhonda Rita Roberta Robyn Rochelle
Ronda Rosalind Rosalía Rosemary Roxana Ruby Sabrina Sally Sandrine Selena Serena Shannon Shauna Sienna Sonia
Sonja Stella Susanne Suzanne Sybil Sylvia Tara Tessa Thelma Tina Trudy Ulla Una Valerie Viviane Wilma Yvette
Åsa Ebba Agneta Birgitta Karin Malin Elin Annika Linnea Sanna Maja Päivi Solveig Hilde Ingvild Marit Randi Turid
Unni Liv Gro Kristin Siv Britt Ylva Tove Kaisa Tuula Riikka Minna Jenni Marja Pirjo Sari Satu Tiina Leena Ritva
Yvonne Zara Zelda Zoë Zofia Zoya Aminah Ayanda Busisiwe Chiamaka Ebere Efua Esi Ifeoma Ngozika Nkechi Nneka
Oluwakemi Rukayat Temitope Titilayo Zainabu Amani Neema Rehema Zawadi Fatou Ndeye Aicha Naima Latifa Souad
Wafa Hind Lamia Maha Nada Najla Rana Sahar Samar Zeina Dania Lubna Tahani Aditi Anushka Geeta Lata Madhuri
Pallavi Preeti Radhika Rashmi Ritu Sangeeta Shalini Shweta Swati Usha Vandana Nusrat Rubina Shabana Tahmina
Nasrin Sadia Farzana Taslima Thandeka Naledi Palesa Refilwe Busi Ingeborg Gudrun Solveig Sigrid Liv Hege Siv
Annika Malin Elin Pernille Lotta Riikka Tuula Minna Satu Kaisa Jutta Gisela Hildegard Elke Karin Renate Ute
Dagmar Annegret Ricarda Luisa Ramona Fabiola Mirta Graciela Noelia Soledad Belén Itziar Ainhoa Nerea Amaia
Carys Cerys Siân Sian Bethan Gwyneth Rhian Eluned Catrin Ffion Meinir Lowri Angharad Mererid Sioned Delyth
Tegwen Llinos Heledd Gwen Nia Ayesha Farida Zarmina Parisa
Montserrat Núria Mireia Rosalba Yadira Xiomara Dayana
""", None))

# capitalised words that start sentences or headlines but never names
COMMON_CAPS: Final = set(_split("""
Expect Consider Imagine Remember Published Updated
Neighbouring Neighboring Nearby Former Operator Benchmark Miner Insurer Lender Carmaker Automaker
Retailer Chipmaker Drugmaker Refiner Trader Shipper Exporter Importer Supplier Rival Steelmaker Shipbuilder Broker
The A An In On At To For From By With Without Of And But Or Nor So Yet If When While After
Before Since Until As Because Although Though Despite During Over Under About Against Between
This That These Those It Its He She They We I You His Her Their Our My Your Them Him Us
There Here Then Now Still Also However Meanwhile Moreover Furthermore Additionally
Consequently Instead Indeed Nevertheless Nonetheless Thus Therefore Hence Yet Why What Who
Whom Whose Which Where How Some Many Most More Much Few Several All Both Each Every Any No
Not None One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen Fourteen Fifteen
Sixteen Seventeen Eighteen Nineteen Twenty Thirty Forty Fifty Sixty Seventy Eighty Ninety Hundreds Thousands
Dozens Millions First Second Third Last Next Another
Other Such Only Even Just Already Later Earlier Today Yesterday Tomorrow Tonight According
Asked Speaking Writing Officials Police Authorities Analysts Experts Residents Witnesses
Critics Sources Reports Monday Tuesday Wednesday Thursday Friday Saturday Sunday January
February March April May June July August September October November December Mon Tue Wed
Thu Fri Sat Sun Feb Apr Jun Jul Aug Sep Sept Oct Nov Dec Read More Share Subscribe
Home News Menu Search Sign Log Related Advertisement Photo Image Video Watch Listen Click
Follow Editor Editorial Opinion Analysis Update Updated Breaking Live Top Sports Business
Politics Science Health Technology Culture Travel Weather Contact Privacy Terms
Copyright Rights Reserved Story Stories Like Unlike Amid Across Around Among Along Near
Inside Outside Within Beyond Toward Towards Upon Via Once Whether Either Neither Neither
Perhaps Maybe Yes Okay Ok Well Oh Mr Mrs Ms Dr Just Though Thanks Thank Please Let
Government Minister President Prime Army Troops Forces Military Parliament State
""", None))

# events, holidays and documents that look like names but are not entities
#: titles also written in the plural before two names: "Presidents Samia Suluhu Hassan and Évariste Ndayishimiye"
PLURAL_TITLE_HEADS: Final = frozenset(("President", "Minister", "Senator", "Governor", "General", "Judge", "Justice",
                                       "Mayor", "Commissioner", "Ambassador", "Representative", "Councillor",
                                       "Councilor"))
#: currency codes, which are no names when they stand by an amount ("NOK 4.2 billion", "12 billion SEK")
CURRENCY_CODES: Final = frozenset("""NOK SEK DKK CHF JPY GBP EUR USD CNY INR ZAR KRW BRL MXN HKD SGD PLN HUF CZK NGN
KES PKR IDR MYR THB VND TWD UAH KZT AUD CAD NZD RUB TRY EGP AED""".split())
NOT_ENTITIES: Final = set(_split("""
FOR IMMEDIATE RELEASE; Common Framework; Extended Fund Facility; Eurobond; Series A; Series B; Series C; Series D;
Series E; Nobel Peace;
World War II; World War I; World War One; World War Two; Second World War; First World War;
Cold War; Christmas; Easter; Ramadan; Eid; New Year; Thanksgiving; Holocaust; Olympics;
Olympic Games; World Cup; Internet; Covid; COVID; COVID-19; Covid-19; Brexit; God; Allah;
AI; GDP; CEO; PhD; TV; ID; PM; AM; OK; No; Yes; IT; CFO; COO; HR; PR; VIP; DNA; GPS; LGBT;
LGBTQ; NGO; NGOs; SUV; URL; FAQ; PDF; CCTV; LIVE; UPDATE; BREAKING; WATCH; EXCLUSIVE; ANALYSIS;
ENDS; END; HOST; ANCHOR; BYLINE; LEAD; NOTE; NOTES; EDITOR; EDITORS; CORRECTION; CAPTION; PHOTO;
VIDEO; File Photo; File photo; Handout; Photo; P&I; Henry Hub; Dow Jones; Band A; Band B; Band C; Band D; Band E;
Band F; Band G; Band H; CONTACT; SOURCE; SOURCES; READ MORE; REPORTER; CORRESPONDENT;
INTRO; UPDATED; MD; Q; A;
GMT; BST; UTC; CET; CEST; EET; EEST; MSK; IST; EST; EDT; CST; CDT; PST; PDT; JST; KST; AEST; AEDT;
Central Time; Eastern Time; Pacific Time; Mountain Time; Greenwich Mean Time; Central European Time;
Central European Summer Time; British Summer Time; Big Tech; Big Pharma; Big Oil;
ET; PT; Hebrew; Arabic; English; Mandarin; Cantonese; Hindi; Urdu; Farsi; Persian; Swahili; Tagalog;
Wolof; Kannada; Telugu; Malayalam; Marathi; Gujarati; Amharic; Tigrinya; Oromo; Hausa; Yoruba; Igbo; Pashto; Dari;
Quechua; Aymara; Guaraní; Tamazight; Bahasa; Afrikaans; Indigenous; El Niño; La Niña; El Chapo;
SAST; WAT; EAT; HKT; SGT; NOW; NOT; ALL; NEW; BIG; OUT; YES; THE; AND; BUT; FOR; ONE; TWO; WAR;
END; OFF; STOP; NEVER; MUST; WILL; FREE; HELP; SOS; RIP; WOW; OMG; LOL; FYI;
JAN; FEB; MAR; APR; JUN; JUL; AUG; SEP; SEPT; OCT; NOV; DEC; Brent; WTI; West Texas Intermediate;
HBM; DRAM; NAND; KOSPI; NSCLC; MMR; CBD; GP; GPs; IV; EV; EVs; LNG; LPG; CPI; PMI; IPO; ETF; ESG; API; GPU;
CPU; UAV; ICBM; HIV; AIDS; ICU; MRI; PCR; mRNA; RNA; WiFi; USB; SMS; VPN; SIM; ATM; VAT; GST; PPE; HQ;
FY; YoY; EPS; EBITDA; CO2; MW; GW; MWh; GWh; kWh; LED; NPC; OTC; KPI; SME; SMEs; FDI;
Western; Eastern; Northern; Southern; Central; Bench
"""))


def _table(block: str) -> dict[str, str]:
    """Return alias -> canonical for a ``canonical=alias|alias; ...`` block."""
    out: dict[str, str] = {}
    for item in _split(block):
        canon, _, aliases = item.partition("=")
        canon = canon.strip()
        out[canon] = canon
        for alias in _split(aliases, "|"):
            out[alias] = canon
    for name, canon in list(out.items()):  # "Côte d’Ivoire" with a typographic apostrophe is the same name
        if "'" in name:
            out.setdefault(name.replace("'", "\u2019"), canon)
    return out


PLACES: Final[dict[str, str]] = _table(_COUNTRIES) | _table(_PLACES) | _table(_PLACES_MORE) | \
    {k.rstrip("."): v for k, v in _table(_STATE_ABBREVIATIONS).items() if k.endswith(".")}
COUNTRIES: set[str] = set(_table(_COUNTRIES).values())
#: the fifty US states, whose legislatures carry their names ("the Oregon Senate")
US_STATES: Final = frozenset(_split("""
Alabama; Alaska; Arizona; Arkansas; California; Colorado; Connecticut; Delaware; Florida; Georgia; Hawaii;
Idaho; Illinois; Indiana; Iowa; Kansas; Kentucky; Louisiana; Maine; Maryland; Massachusetts; Michigan;
Minnesota; Mississippi; Missouri; Montana; Nebraska; Nevada; New Hampshire; New Jersey; New Mexico;
New York; New York State; North Carolina; North Dakota; Ohio; Oklahoma; Oregon; Pennsylvania; Rhode Island;
South Carolina; South Dakota; Tennessee; Texas; Utah; Vermont; Virginia; Washington; Washington State;
West Virginia; Wisconsin; Wyoming""", ";"))
#: a US state's chambers: "the Minnesota House", "the Rhode Island General Assembly"
STATE_CHAMBERS: Final = frozenset({"Senate", "House", "Assembly", "Legislature", "General Assembly",
                                   "House of Representatives", "House of Delegates", "State Senate"})
#: unions whose names say nothing of what they are ("the union" after "Members of Unite ...": Unite)
NAMED_UNIONS: Final = frozenset({"Unison", "Unite", "GMB", "RMT", "Aslef", "Usdaw", "Unifor", "CFDT", "COSATU",
                                 "IG Metall", "Verdi"})
ORGS: Final[dict[str, str]] = _table(_ORGS) | _table(_ORGS_MORE) | {u: u for u in NAMED_UNIONS}
PLACES_LOWER = {k.casefold(): v for k, v in PLACES.items()}
ORGS_LOWER = {k.casefold(): v for k, v in ORGS.items()}
#: kinship nouns, by the sex they name ("her husband, Adam": a man): entities names relatives by them,
#: speakers tells "he" from "she" by them
MALE_KIN: Final = frozenset({"husband", "son", "brother", "father", "uncle", "nephew", "grandson", "grandfather",
                             "boyfriend", "fiancé"})
FEMALE_KIN: Final = frozenset({"wife", "daughter", "sister", "mother", "aunt", "niece", "granddaughter",
                               "grandmother", "girlfriend", "fiancée"})
