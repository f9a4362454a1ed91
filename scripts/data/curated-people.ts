// Heads of state and government and other office holders that news names most, past and present, by kind:
// US presidents, vice presidents and secretaries of state since 1945; leaders of the G20 countries and of the
// Middle East since about 1990; heads of the UN, NATO and the EU; popes. Facts (Wikipedia titles, offices and
// years) from the English Wikipedia lists of office holders, checked by hand. Row: "Title|description|aliases".
import { rows, type CuratedEntity } from './curated-rows';

const US = `
Harry_S._Truman|President of the United States (1945–1953)|Harry Truman;Harry S. Truman
Dwight_D._Eisenhower|President of the United States (1953–1961)|Dwight Eisenhower;Dwight D. Eisenhower
John_F._Kennedy|President of the United States (1961–1963)|John Kennedy;John F. Kennedy
Lyndon_B._Johnson|President of the United States (1963–1969)|Lyndon Johnson;Lyndon B. Johnson
Richard_Nixon|President of the United States (1969–1974)|Richard Nixon;Richard M. Nixon;President Nixon
Gerald_Ford|President of the United States (1974–1977)|Gerald Ford;Gerald R. Ford;President Ford
Jimmy_Carter|President of the United States (1977–1981)|Jimmy Carter;President Carter
Ronald_Reagan|President of the United States (1981–1989)|Ronald Reagan;President Reagan
George_H._W._Bush|President of the United States (1989–1993)|George H.W. Bush;George H. W. Bush;George Bush Sr.
Bill_Clinton|President of the United States (1993–2001)|Bill Clinton;President Clinton;William Jefferson Clinton
George_W._Bush|President of the United States (2001–2009)|George W. Bush;President Bush;President George W. Bush
Barack_Obama|President of the United States (2009–2017)|Barack Obama;President Obama;President Barack Obama
Donald_Trump|President of the United States (2017–2021, since 2025)|Donald Trump;Donald J. Trump;President Trump;President Donald Trump
Joe_Biden|President of the United States (2021–2025)|Joe Biden;President Biden;President Joe Biden;Joseph R. Biden
Walter_Mondale|Vice President of the United States (1977–1981)|Walter Mondale
Dan_Quayle|Vice President of the United States (1989–1993)|Dan Quayle
Al_Gore|Vice President of the United States (1993–2001)|Al Gore;Vice President Al Gore
Dick_Cheney|Vice President of the United States (2001–2009)|Dick Cheney;Vice President Dick Cheney
Mike_Pence|Vice President of the United States (2017–2021)|Mike Pence
Kamala_Harris|Vice President of the United States (2021–2025)|Kamala Harris
JD_Vance|Vice President of the United States (since 2025)|JD Vance;J.D. Vance
Henry_Kissinger|US secretary of state (1973–1977)|Henry Kissinger
James_Baker|US secretary of state (1989–1992)|James Baker;James A. Baker
Warren_Christopher|US secretary of state (1993–1997)|Warren Christopher
Madeleine_Albright|US secretary of state (1997–2001)|Madeleine Albright
Colin_Powell|US secretary of state (2001–2005)|Colin Powell
Condoleezza_Rice|US secretary of state (2005–2009)|Condoleezza Rice
Hillary_Clinton|US secretary of state (2009–2013), senator and presidential candidate|Hillary Clinton;Hillary Rodham Clinton
John_Kerry|US secretary of state (2013–2017)|John Kerry
Rex_Tillerson|US secretary of state (2017–2018)|Rex Tillerson
Mike_Pompeo|US secretary of state (2018–2021)|Mike Pompeo
Antony_Blinken|US secretary of state (2021–2025)|Antony Blinken
Marco_Rubio|US secretary of state (since 2025)|Marco Rubio
Donald_Rumsfeld|US secretary of defense (1975–1977, 2001–2006)|Donald Rumsfeld
Robert_Gates|US secretary of defense (2006–2011)|Robert Gates
Pete_Hegseth|US secretary of defense (since 2025)|Pete Hegseth
Michael_Chertoff|US secretary of homeland security (2005–2009)|Michael Chertoff
Alan_Greenspan|Chair of the Federal Reserve (1987–2006)|Alan Greenspan
Ben_Bernanke|Chair of the Federal Reserve (2006–2014)|Ben Bernanke
Janet_Yellen|Chair of the Federal Reserve (2014–2018), US treasury secretary (2021–2025)|Janet Yellen
Jerome_Powell|Chair of the Federal Reserve (since 2018)|Jerome Powell
Nancy_Pelosi|Speaker of the US House of Representatives (2007–2011, 2019–2023)|Nancy Pelosi
Mitch_McConnell|US Senate Republican leader (2007–2025)|Mitch McConnell
Harry_Reid|US Senate Democratic leader (2005–2017)|Harry Reid
John_McCain|US senator from Arizona (1987–2018)|John McCain
Ted_Kennedy|US senator from Massachusetts (1962–2009)|Ted Kennedy;Edward Kennedy;Edward M. Kennedy
`;

const WORLD = `
Margaret_Thatcher|Prime Minister of the United Kingdom (1979–1990)|Margaret Thatcher
John_Major|Prime Minister of the United Kingdom (1990–1997)|John Major
Tony_Blair|Prime Minister of the United Kingdom (1997–2007)|Tony Blair
Gordon_Brown|Prime Minister of the United Kingdom (2007–2010)|Gordon Brown
David_Cameron|Prime Minister of the United Kingdom (2010–2016)|David Cameron
Theresa_May|Prime Minister of the United Kingdom (2016–2019)|Theresa May
Boris_Johnson|Prime Minister of the United Kingdom (2019–2022)|Boris Johnson
Liz_Truss|Prime Minister of the United Kingdom (2022)|Liz Truss
Rishi_Sunak|Prime Minister of the United Kingdom (2022–2024)|Rishi Sunak
Keir_Starmer|Prime Minister of the United Kingdom (since 2024)|Keir Starmer
Elizabeth_II|Queen of the United Kingdom (1952–2022)|Queen Elizabeth II;Elizabeth II;Queen Elizabeth
Charles_III|King of the United Kingdom (since 2022)|King Charles III;Charles III;King Charles
François_Mitterrand|President of France (1981–1995)|François Mitterrand;Francois Mitterrand
Jacques_Chirac|President of France (1995–2007)|Jacques Chirac
Nicolas_Sarkozy|President of France (2007–2012)|Nicolas Sarkozy
François_Hollande|President of France (2012–2017)|François Hollande;Francois Hollande
Emmanuel_Macron|President of France (since 2017)|Emmanuel Macron
Helmut_Kohl|Chancellor of Germany (1982–1998)|Helmut Kohl
Gerhard_Schröder|Chancellor of Germany (1998–2005)|Gerhard Schröder;Gerhard Schroeder;Gerhard Schroder
Angela_Merkel|Chancellor of Germany (2005–2021)|Angela Merkel
Olaf_Scholz|Chancellor of Germany (2021–2025)|Olaf Scholz
Friedrich_Merz|Chancellor of Germany (since 2025)|Friedrich Merz
Silvio_Berlusconi|Prime Minister of Italy (1994–1995, 2001–2006, 2008–2011)|Silvio Berlusconi
Romano_Prodi|Prime Minister of Italy (1996–1998, 2006–2008)|Romano Prodi
Mario_Draghi|Prime Minister of Italy (2021–2022), president of the European Central Bank (2011–2019)|Mario Draghi
Giorgia_Meloni|Prime Minister of Italy (since 2022)|Giorgia Meloni
José_María_Aznar|Prime Minister of Spain (1996–2004)|José María Aznar;Jose Maria Aznar
José_Luis_Rodríguez_Zapatero|Prime Minister of Spain (2004–2011)|José Luis Rodríguez Zapatero;Jose Luis Rodriguez Zapatero
Mariano_Rajoy|Prime Minister of Spain (2011–2018)|Mariano Rajoy
Pedro_Sánchez|Prime Minister of Spain (since 2018)|Pedro Sánchez;Pedro Sanchez
Mikhail_Gorbachev|Leader of the Soviet Union (1985–1991)|Mikhail Gorbachev
Boris_Yeltsin|President of Russia (1991–1999)|Boris Yeltsin
Vladimir_Putin|President of Russia (2000–2008, since 2012)|Vladimir Putin;President Putin
Dmitry_Medvedev|President of Russia (2008–2012), prime minister (2012–2020)|Dmitry Medvedev;Dmitri Medvedev
Mikhail_Mishustin|Prime Minister of Russia (since 2020)|Mikhail Mishustin
Sergey_Lavrov|Foreign Minister of Russia (since 2004)|Sergey Lavrov;Sergei Lavrov
Jiang_Zemin|Paramount leader of China (1989–2002)|Jiang Zemin
Hu_Jintao|President of China (2003–2013)|Hu Jintao
Wen_Jiabao|Premier of China (2003–2013)|Wen Jiabao
Xi_Jinping|President of China (since 2013)|Xi Jinping;President Xi
Li_Keqiang|Premier of China (2013–2023)|Li Keqiang
Li_Qiang|Premier of China (since 2023)|Li Qiang
Junichiro_Koizumi|Prime Minister of Japan (2001–2006)|Junichiro Koizumi
Shinzo_Abe|Prime Minister of Japan (2006–2007, 2012–2020)|Shinzo Abe
Fumio_Kishida|Prime Minister of Japan (2021–2024)|Fumio Kishida
Shigeru_Ishiba|Prime Minister of Japan (2024–2025)|Shigeru Ishiba
Sanae_Takaichi|Prime Minister of Japan (since 2025)|Sanae Takaichi
Atal_Bihari_Vajpayee|Prime Minister of India (1998–2004)|Atal Bihari Vajpayee
Manmohan_Singh|Prime Minister of India (2004–2014)|Manmohan Singh
Narendra_Modi|Prime Minister of India (since 2014)|Narendra Modi
Sonia_Gandhi|President of the Indian National Congress (1998–2017, 2019–2022)|Sonia Gandhi
Rahul_Gandhi|Indian opposition leader|Rahul Gandhi
Pervez_Musharraf|President of Pakistan (2001–2008)|Pervez Musharraf
Benazir_Bhutto|Prime Minister of Pakistan (1988–1990, 1993–1996)|Benazir Bhutto
Nawaz_Sharif|Prime Minister of Pakistan (1990–1993, 1997–1999, 2013–2017)|Nawaz Sharif
Imran_Khan|Prime Minister of Pakistan (2018–2022)|Imran Khan
Shehbaz_Sharif|Prime Minister of Pakistan (since 2022)|Shehbaz Sharif
Hamid_Karzai|President of Afghanistan (2001–2014)|Hamid Karzai
Ashraf_Ghani|President of Afghanistan (2014–2021)|Ashraf Ghani
Saddam_Hussein|President of Iraq (1979–2003)|Saddam Hussein;Saddam
Nouri_al-Maliki|Prime Minister of Iraq (2006–2014)|Nouri al-Maliki;Nuri al-Maliki;Nouri Maliki
Jalal_Talabani|President of Iraq (2005–2014)|Jalal Talabani
Ayad_Allawi|Prime Minister of Iraq (2004–2005)|Ayad Allawi;Iyad Allawi
Muqtada_al-Sadr|Iraqi Shia cleric and political leader|Muqtada al-Sadr;Moqtada al-Sadr
Ruhollah_Khomeini|Supreme Leader of Iran (1979–1989)|Ruhollah Khomeini;Ayatollah Khomeini
Ali_Khamenei|Supreme Leader of Iran (since 1989)|Ali Khamenei;Ayatollah Ali Khamenei
Mohammad_Khatami|President of Iran (1997–2005)|Mohammad Khatami
Mahmoud_Ahmadinejad|President of Iran (2005–2013)|Mahmoud Ahmadinejad
Hassan_Rouhani|President of Iran (2013–2021)|Hassan Rouhani
Ebrahim_Raisi|President of Iran (2021–2024)|Ebrahim Raisi
Masoud_Pezeshkian|President of Iran (since 2024)|Masoud Pezeshkian
Kamal_Kharazi|Foreign Minister of Iran (1997–2005)|Kamal Kharazi
Yitzhak_Rabin|Prime Minister of Israel (1974–1977, 1992–1995)|Yitzhak Rabin
Shimon_Peres|President of Israel (2007–2014), prime minister|Shimon Peres
Ehud_Barak|Prime Minister of Israel (1999–2001)|Ehud Barak
Ariel_Sharon|Prime Minister of Israel (2001–2006)|Ariel Sharon
Ehud_Olmert|Prime Minister of Israel (2006–2009)|Ehud Olmert
Benjamin_Netanyahu|Prime Minister of Israel (1996–1999, 2009–2021, since 2022)|Benjamin Netanyahu
Yasser_Arafat|Chairman of the PLO (1969–2004), President of the Palestinian Authority|Yasser Arafat
Mahmoud_Abbas|President of the Palestinian Authority (since 2005)|Mahmoud Abbas
Hosni_Mubarak|President of Egypt (1981–2011)|Hosni Mubarak
Mohamed_Morsi|President of Egypt (2012–2013)|Mohamed Morsi;Mohammed Morsi
Abdel_Fattah_el-Sisi|President of Egypt (since 2014)|Abdel Fattah el-Sisi;Abdel Fattah al-Sisi
Hafez_al-Assad|President of Syria (1971–2000)|Hafez al-Assad
Bashar_al-Assad|President of Syria (2000–2024)|Bashar al-Assad;Bashar Assad
Muammar_Gaddafi|Leader of Libya (1969–2011)|Muammar Gaddafi;Moammar Gadhafi;Muammar al-Gaddafi
Recep_Tayyip_Erdoğan|President of Turkey (since 2014), prime minister (2003–2014)|Recep Tayyip Erdoğan;Recep Tayyip Erdogan
Abdullah_of_Saudi_Arabia|King of Saudi Arabia (2005–2015)|King Abdullah of Saudi Arabia
Salman_of_Saudi_Arabia|King of Saudi Arabia (since 2015)|King Salman
Mohammed_bin_Salman|Crown Prince and Prime Minister of Saudi Arabia|Mohammed bin Salman
Abdullah_II_of_Jordan|King of Jordan (since 1999)|King Abdullah II
Osama_bin_Laden|Founder of al-Qaeda (killed 2011)|Osama bin Laden;Usama bin Laden
Jean_Chrétien|Prime Minister of Canada (1993–2003)|Jean Chrétien;Jean Chretien
Stephen_Harper|Prime Minister of Canada (2006–2015)|Stephen Harper
Justin_Trudeau|Prime Minister of Canada (2015–2025)|Justin Trudeau
Mark_Carney|Prime Minister of Canada (since 2025)|Mark Carney
John_Howard|Prime Minister of Australia (1996–2007)|John Howard
Kevin_Rudd|Prime Minister of Australia (2007–2010, 2013)|Kevin Rudd
Julia_Gillard|Prime Minister of Australia (2010–2013)|Julia Gillard
Scott_Morrison|Prime Minister of Australia (2018–2022)|Scott Morrison
Anthony_Albanese|Prime Minister of Australia (since 2022)|Anthony Albanese
Luiz_Inácio_Lula_da_Silva|President of Brazil (2003–2010, since 2023)|Luiz Inácio Lula da Silva;Luiz Inacio Lula da Silva;Lula da Silva
Dilma_Rousseff|President of Brazil (2011–2016)|Dilma Rousseff
Jair_Bolsonaro|President of Brazil (2019–2022)|Jair Bolsonaro
Vicente_Fox|President of Mexico (2000–2006)|Vicente Fox
Felipe_Calderón|President of Mexico (2006–2012)|Felipe Calderón;Felipe Calderon
Andrés_Manuel_López_Obrador|President of Mexico (2018–2024)|Andrés Manuel López Obrador;Andres Manuel Lopez Obrador
Claudia_Sheinbaum|President of Mexico (since 2024)|Claudia Sheinbaum
Hugo_Chávez|President of Venezuela (1999–2013)|Hugo Chávez;Hugo Chavez
Nicolás_Maduro|President of Venezuela (since 2013)|Nicolás Maduro;Nicolas Maduro
Fidel_Castro|Leader of Cuba (1959–2008)|Fidel Castro
Raúl_Castro|President of Cuba (2008–2018)|Raúl Castro;Raul Castro
Javier_Milei|President of Argentina (since 2023)|Javier Milei
Kim_Jong_Il|Leader of North Korea (1994–2011)|Kim Jong Il;Kim Jong-il
Kim_Jong_Un|Leader of North Korea (since 2011)|Kim Jong Un;Kim Jong-un
Roh_Moo-hyun|President of South Korea (2003–2008)|Roh Moo-hyun
Lee_Myung-bak|President of South Korea (2008–2013)|Lee Myung-bak
Moon_Jae-in|President of South Korea (2017–2022)|Moon Jae-in
Yoon_Suk_Yeol|President of South Korea (2022–2025)|Yoon Suk Yeol;Yoon Suk-yeol
Lee_Jae-myung|President of South Korea (since 2025)|Lee Jae-myung
Chen_Shui-bian|President of Taiwan (2000–2008)|Chen Shui-bian
Ma_Ying-jeou|President of Taiwan (2008–2016)|Ma Ying-jeou
Tsai_Ing-wen|President of Taiwan (2016–2024)|Tsai Ing-wen
Lai_Ching-te|President of Taiwan (since 2024)|Lai Ching-te
Nelson_Mandela|President of South Africa (1994–1999)|Nelson Mandela
Thabo_Mbeki|President of South Africa (1999–2008)|Thabo Mbeki
Jacob_Zuma|President of South Africa (2009–2018)|Jacob Zuma
Cyril_Ramaphosa|President of South Africa (since 2018)|Cyril Ramaphosa
Robert_Mugabe|President of Zimbabwe (1987–2017)|Robert Mugabe
Omar_al-Bashir|President of Sudan (1989–2019)|Omar al-Bashir;Omar Hassan al-Bashir
Volodymyr_Zelenskyy|President of Ukraine (since 2019)|Volodymyr Zelenskyy;Volodymyr Zelensky
Viktor_Yushchenko|President of Ukraine (2005–2010)|Viktor Yushchenko
Viktor_Yanukovych|President of Ukraine (2010–2014)|Viktor Yanukovych
Petro_Poroshenko|President of Ukraine (2014–2019)|Petro Poroshenko
Alexander_Lukashenko|President of Belarus (since 1994)|Alexander Lukashenko
Nursultan_Nazarbayev|President of Kazakhstan (1991–2019)|Nursultan Nazarbayev
Kassym-Jomart_Tokayev|President of Kazakhstan (since 2019)|Kassym-Jomart Tokayev;Kassym-Zhomart Tokayev
Olzhas_Bektenov|Prime Minister of Kazakhstan (since 2024)|Olzhas Bektenov
Shavkat_Mirziyoyev|President of Uzbekistan (since 2016)|Shavkat Mirziyoyev
Sadyr_Japarov|President of Kyrgyzstan (since 2021)|Sadyr Japarov
Viktor_Orbán|Prime Minister of Hungary (1998–2002, since 2010)|Viktor Orbán;Viktor Orban
Donald_Tusk|Prime Minister of Poland (2007–2014, since 2023), President of the European Council (2014–2019)|Donald Tusk
Karol_Nawrocki|President of Poland (since 2025)|Karol Nawrocki
Prabowo_Subianto|President of Indonesia (since 2024)|Prabowo Subianto
Joko_Widodo|President of Indonesia (2014–2024)|Joko Widodo
Rodrigo_Duterte|President of the Philippines (2016–2022)|Rodrigo Duterte
Bola_Tinubu|President of Nigeria (since 2023)|Bola Tinubu
Aung_San_Suu_Kyi|Myanmar opposition leader and State Counsellor (2016–2021)|Aung San Suu Kyi
Kofi_Annan|Secretary-General of the United Nations (1997–2006)|Kofi Annan
Ban_Ki-moon|Secretary-General of the United Nations (2007–2016)|Ban Ki-moon
António_Guterres|Secretary-General of the United Nations (since 2017)|António Guterres;Antonio Guterres
Jens_Stoltenberg|Secretary General of NATO (2014–2024)|Jens Stoltenberg
Mark_Rutte|Secretary General of NATO (since 2024), prime minister of the Netherlands (2010–2024)|Mark Rutte
Ursula_von_der_Leyen|President of the European Commission (since 2019)|Ursula von der Leyen
Jean-Claude_Juncker|President of the European Commission (2014–2019)|Jean-Claude Juncker
Christine_Lagarde|President of the European Central Bank (since 2019), head of the IMF (2011–2019)|Christine Lagarde
Pope_John_Paul_II|Pope (1978–2005)|Pope John Paul II;John Paul II
Pope_Benedict_XVI|Pope (2005–2013)|Pope Benedict XVI;Benedict XVI;Pope Benedict
Pope_Francis|Pope (2013–2025)|Pope Francis
Pope_Leo_XIV|Pope (since 2025)|Pope Leo XIV;Leo XIV;Pope Leo
14th_Dalai_Lama|Dalai Lama, Tibetan Buddhist leader|Dalai Lama
`;

export const PEOPLE: CuratedEntity[] = [...rows('person', US), ...rows('person', WORLD)];
