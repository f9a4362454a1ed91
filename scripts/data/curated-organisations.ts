// Organisations news names most, by kind: international bodies, US federal bodies, armed and political groups,
// markets, large companies, universities and airlines. Facts (Wikipedia titles, what each is) checked by hand
// against English Wikipedia. Row: "Title|description|names|ACRONYMS" (curated-rows.ts). A bare name that is
// mostly something else ("Amazon", "Ford", "Shell", "Target") is left out: only the company's full names are listed.
import { rows, type CuratedEntity } from './curated-rows';

const INTERNATIONAL = `
Collective_Security_Treaty_Organization|Military alliance of Russia and five other post-Soviet states|Collective Security Treaty Organization;Collective Security Treaty Organisation|CSTO
NATO|Military alliance of North American and European states|North Atlantic Treaty Organization;North Atlantic Treaty Organisation;NATO|NATO
United_Nations|Intergovernmental organisation of 193 member states|United Nations|UN;U.N.
United_Nations_Security_Council|UN body responsible for international peace and security|United Nations Security Council;UN Security Council;U.N. Security Council;Security Council|UNSC
United_Nations_General_Assembly|Main deliberative body of the United Nations|United Nations General Assembly;UN General Assembly;U.N. General Assembly
European_Union|Political and economic union of 27 European states|European Union|EU;E.U.
European_Commission|Executive branch of the European Union|European Commission
European_Parliament|Legislature of the European Union|European Parliament
European_Central_Bank|Central bank of the eurozone|European Central Bank|ECB
Council_of_Europe|European human-rights organisation of 46 states|Council of Europe
World_Health_Organization|UN agency for international public health|World Health Organization;World Health Organisation|WHO
OPEC|Cartel of oil-exporting countries|Organization of the Petroleum Exporting Countries;OPEC|OPEC
International_Monetary_Fund|International financial institution lending to states|International Monetary Fund|IMF
World_Bank|International lender for development projects|World Bank
World_Trade_Organization|Body regulating international trade|World Trade Organization|WTO
OECD|Intergovernmental economic organisation of 38 countries|Organisation for Economic Co-operation and Development;Organization for Economic Cooperation and Development|OECD
International_Criminal_Court|Permanent court for genocide, war crimes and crimes against humanity|International Criminal Court|ICC
International_Court_of_Justice|Principal judicial organ of the United Nations|International Court of Justice;World Court|ICJ
Shanghai_Cooperation_Organisation|Eurasian political and security alliance|Shanghai Cooperation Organisation;Shanghai Cooperation Organization|SCO
Commonwealth_of_Independent_States|Organisation of post-Soviet states|Commonwealth of Independent States|CIS
Eurasian_Economic_Union|Economic union of post-Soviet states|Eurasian Economic Union|EAEU
Organization_for_Security_and_Co-operation_in_Europe|Security organisation of 57 states|Organization for Security and Co-operation in Europe;Organization for Security and Cooperation in Europe|OSCE
African_Union|Continental union of 55 African states|African Union
Arab_League|Regional organisation of Arab states|Arab League;League of Arab States
Association_of_Southeast_Asian_Nations|Regional union of ten Southeast Asian states|Association of Southeast Asian Nations|ASEAN
Asia-Pacific_Economic_Cooperation|Forum of 21 Pacific Rim economies|Asia-Pacific Economic Cooperation|APEC
International_Atomic_Energy_Agency|UN nuclear watchdog|International Atomic Energy Agency|IAEA
UNICEF|UN agency for children|UNICEF;United Nations Children's Fund|UNICEF
UNESCO|UN agency for education, science and culture|UNESCO|UNESCO
United_Nations_High_Commissioner_for_Refugees|UN refugee agency|UN refugee agency;United Nations High Commissioner for Refugees;UN High Commissioner for Refugees|UNHCR
World_Food_Programme|UN food-assistance agency|World Food Programme;World Food Program|WFP
Food_and_Agriculture_Organization|UN agency against hunger|Food and Agriculture Organization|FAO
International_Committee_of_the_Red_Cross|Humanitarian organisation based in Geneva|International Committee of the Red Cross|ICRC
International_Red_Cross_and_Red_Crescent_Movement|Worldwide humanitarian movement|Red Cross;Red Crescent
Amnesty_International|Human-rights organisation|Amnesty International
Human_Rights_Watch|Human-rights organisation|Human Rights Watch
Médecins_Sans_Frontières|Medical humanitarian organisation|Médecins Sans Frontières;Medecins Sans Frontieres;Doctors Without Borders|MSF
Greenpeace|Environmental organisation|Greenpeace
Interpol|International police organisation|Interpol;INTERPOL
Europol|Law-enforcement agency of the European Union|Europol
International_Olympic_Committee|Governing body of the Olympic movement|International Olympic Committee|IOC
FIFA|Governing body of world football|FIFA|FIFA
UEFA|Governing body of European football|UEFA|UEFA
G7|Forum of seven large advanced economies|Group of Seven;G7;G-7|G7
G20|Forum of 19 large economies, the EU and the African Union|Group of Twenty;G20;G-20|G20
Intergovernmental_Panel_on_Climate_Change|UN body for assessing climate science|Intergovernmental Panel on Climate Change|IPCC
Palestine_Liberation_Organization|Umbrella organisation of Palestinian factions|Palestine Liberation Organization|PLO
Palestinian_National_Authority|Palestinian self-government in parts of the West Bank|Palestinian Authority;Palestinian National Authority
Hamas|Palestinian Islamist movement governing Gaza|Hamas
Fatah|Palestinian nationalist party|Fatah
Hezbollah|Lebanese Shia Islamist party and militia|Hezbollah;Hizbollah;Hizbullah
Al-Qaeda|Sunni Islamist militant network|al-Qaeda;al-Qaida;al Qaeda;Al Qaeda;al-Qa'ida
Taliban|Islamist movement ruling Afghanistan|Taliban
Islamic_State|Jihadist militant group|Islamic State;ISIS;ISIL|ISIS;ISIL
Muslim_Brotherhood|Transnational Sunni Islamist organisation|Muslim Brotherhood
Irish_Republican_Army|Irish republican paramilitary organisations|Irish Republican Army|IRA
Kurdistan_Workers'_Party|Kurdish militant and political organisation|Kurdistan Workers' Party|PKK
Islamic_Revolutionary_Guard_Corps|Branch of Iran's armed forces|Islamic Revolutionary Guard Corps;Revolutionary Guards;Revolutionary Guard|IRGC
Moscow_Kremlin|Fortified complex in Moscow, seat of the Russian president|Kremlin
10_Downing_Street|Residence and office of the British prime minister|Downing Street;10 Downing Street
Élysée_Palace|Residence and office of the French president|Élysée Palace;Elysee Palace
Knesset|Legislature of Israel|Knesset
State_Duma|Lower house of the Russian parliament|State Duma;Duma
Bundestag|Legislature of Germany|Bundestag
Lok_Sabha|Lower house of the Indian parliament|Lok Sabha
Bharatiya_Janata_Party|Indian Hindu nationalist party|Bharatiya Janata Party|BJP
Christian_Democratic_Union_of_Germany|German centre-right party|Christian Democratic Union|CDU
Social_Democratic_Party_of_Germany|German centre-left party|Social Democratic Party of Germany|SPD
Alternative_for_Germany|German far-right party|Alternative for Germany|AfD
Chinese_Communist_Party|Ruling party of China|Chinese Communist Party;Communist Party of China|CCP
Wagner_Group|Russian state-funded private military company|Wagner Group
`;

const US_FEDERAL = `
White_House|Official residence and office of the US president|White House
The_Pentagon|Headquarters of the US Department of Defense|Pentagon
United_States_Congress|Legislature of the United States|U.S. Congress;US Congress;United States Congress
United_States_Senate|Upper house of the US Congress|U.S. Senate;US Senate;United States Senate
United_States_House_of_Representatives|Lower house of the US Congress|U.S. House of Representatives;US House of Representatives;United States House of Representatives
Supreme_Court_of_the_United_States|Highest court of the United States|U.S. Supreme Court;US Supreme Court;Supreme Court of the United States;United States Supreme Court
Federal_government_of_the_United_States|National government of the United States|U.S. government;US government;United States government
United_States_Department_of_State|US foreign ministry|State Department;U.S. State Department;US State Department;Department of State
United_States_Department_of_Defense|US ministry of the armed forces|Defense Department;Department of Defense;U.S. Defense Department|DoD
United_States_Department_of_the_Treasury|US finance ministry|Treasury Department;U.S. Treasury;US Treasury;Department of the Treasury
United_States_Department_of_Justice|US federal law-enforcement ministry|Justice Department;Department of Justice;U.S. Justice Department|DOJ
United_States_Department_of_Homeland_Security|US ministry of internal security|Department of Homeland Security;Homeland Security Department;Homeland Security|DHS
United_States_Department_of_Energy|US energy ministry|Energy Department;Department of Energy|DOE
United_States_Department_of_Agriculture|US agriculture ministry|Agriculture Department;Department of Agriculture|USDA
United_States_Department_of_Commerce|US commerce ministry|Commerce Department;Department of Commerce
United_States_Department_of_Labor|US labor ministry|Labor Department;Department of Labor
United_States_Department_of_Education|US education ministry|Education Department;Department of Education
United_States_Department_of_Health_and_Human_Services|US health ministry|Department of Health and Human Services;Health and Human Services Department|HHS
United_States_Department_of_Transportation|US transport ministry|Transportation Department;Department of Transportation|DOT
United_States_Department_of_Veterans_Affairs|US ministry of veterans' affairs|Department of Veterans Affairs;Veterans Affairs Department
United_States_Department_of_the_Interior|US ministry of federal lands and resources|Interior Department;Department of the Interior
United_States_Department_of_Housing_and_Urban_Development|US housing ministry|Department of Housing and Urban Development|HUD
Federal_Bureau_of_Investigation|US federal law-enforcement agency|Federal Bureau of Investigation|FBI
Central_Intelligence_Agency|US foreign-intelligence agency|Central Intelligence Agency|CIA
National_Security_Agency|US signals-intelligence agency|National Security Agency|NSA
Federal_Reserve|Central bank of the United States|Federal Reserve;Federal Reserve Board;Federal Reserve System;Fed
U.S._Securities_and_Exchange_Commission|US financial-markets regulator|Securities and Exchange Commission;U.S. Securities and Exchange Commission|SEC
Federal_Trade_Commission|US consumer-protection and competition regulator|Federal Trade Commission|FTC
Federal_Communications_Commission|US telecommunications regulator|Federal Communications Commission|FCC
Food_and_Drug_Administration|US food and medicines regulator|Food and Drug Administration|FDA
Centers_for_Disease_Control_and_Prevention|US public-health agency|Centers for Disease Control and Prevention|CDC
National_Institutes_of_Health|US medical-research agency|National Institutes of Health|NIH
Environmental_Protection_Agency|US environmental regulator|Environmental Protection Agency|EPA
Federal_Aviation_Administration|US civil-aviation regulator|Federal Aviation Administration|FAA
National_Transportation_Safety_Board|US accident-investigation agency|National Transportation Safety Board|NTSB
Federal_Emergency_Management_Agency|US disaster-response agency|Federal Emergency Management Agency|FEMA
Internal_Revenue_Service|US tax agency|Internal Revenue Service|IRS
NASA|US space agency|NASA;National Aeronautics and Space Administration|NASA
Drug_Enforcement_Administration|US drug-enforcement agency|Drug Enforcement Administration|DEA
U.S._Immigration_and_Customs_Enforcement|US immigration-enforcement agency|Immigration and Customs Enforcement|ICE
U.S._Customs_and_Border_Protection|US border agency|Customs and Border Protection|CBP
Transportation_Security_Administration|US transport-security agency|Transportation Security Administration|TSA
United_States_Secret_Service|US protective and financial-crimes agency|Secret Service;U.S. Secret Service
Social_Security_Administration|US pensions agency|Social Security Administration
Congressional_Budget_Office|US federal budget analysts for Congress|Congressional Budget Office|CBO
Government_Accountability_Office|US congressional auditor|Government Accountability Office|GAO
United_States_Armed_Forces|Military forces of the United States|U.S. military;US military;U.S. armed forces;US armed forces
United_States_Army|Land branch of the US armed forces|U.S. Army;US Army;United States Army
United_States_Navy|Naval branch of the US armed forces|U.S. Navy;US Navy;United States Navy
United_States_Air_Force|Air branch of the US armed forces|U.S. Air Force;US Air Force;United States Air Force
United_States_Marine_Corps|Marine branch of the US armed forces|U.S. Marine Corps;US Marine Corps;Marine Corps;U.S. Marines
National_Guard_(United_States)|US state-based reserve military forces|National Guard
Democratic_National_Committee|Governing body of the US Democratic Party|Democratic National Committee|DNC
Republican_National_Committee|Governing body of the US Republican Party|Republican National Committee|RNC
`;

const MARKETS = `
New_York_Stock_Exchange|Largest stock exchange in the world, in New York|New York Stock Exchange|NYSE
Nasdaq|American stock exchange|Nasdaq Stock Market;NASDAQ Stock Market;Nasdaq;NASDAQ
Nasdaq_Composite|Index of the stocks listed on the Nasdaq|Nasdaq composite;Nasdaq composite index;Nasdaq Composite Index
Dow_Jones_Industrial_Average|Stock index of 30 large US companies|Dow Jones industrial average;Dow Jones Industrial Average;Dow Jones industrials;Dow industrials
S&P_500|Stock index of 500 large US companies|S&P 500;Standard & Poor's 500;Standard & Poor's 500 index
London_Stock_Exchange|Stock exchange in London|London Stock Exchange
FTSE_100_Index|Index of the 100 largest companies on the London Stock Exchange|FTSE 100;FTSE 100 index
Nikkei_225|Stock index of the Tokyo Stock Exchange|Nikkei 225;Nikkei average;Nikkei stock average;Nikkei
Tokyo_Stock_Exchange|Stock exchange in Tokyo|Tokyo Stock Exchange
Hang_Seng_Index|Stock index of the Hong Kong Stock Exchange|Hang Seng Index;Hang Seng
DAX|Stock index of 40 large German companies|DAX
Chicago_Mercantile_Exchange|Futures exchange in Chicago|Chicago Mercantile Exchange
S&P_Global_Ratings|US credit-rating agency|Standard & Poor's;S&P Global Ratings
Moody's_Ratings|US credit-rating agency|Moody's Investors Service;Moody's Ratings
Fitch_Ratings|Credit-rating agency|Fitch Ratings
`;

const COMPANIES = `
Apple_Inc.|American technology company|Apple;Apple Inc.;Apple Computer
Microsoft|American software company|Microsoft;Microsoft Corp.
Google|American internet company, part of Alphabet|Google
Alphabet_Inc.|Parent company of Google|Alphabet Inc.
Amazon_(company)|American online retailer and cloud provider|Amazon.com;Amazon.com Inc.
Meta_Platforms|American social-media company (Facebook, Instagram, WhatsApp)|Meta Platforms
Facebook|Social-media platform owned by Meta|Facebook
Instagram|Photo-sharing platform owned by Meta|Instagram
WhatsApp|Messaging service owned by Meta|WhatsApp
Twitter|Social-media platform, renamed X in 2023|Twitter
YouTube|Video platform owned by Google|YouTube
TikTok|Short-video platform owned by ByteDance|TikTok
ByteDance|Chinese internet company|ByteDance
Netflix|American streaming service|Netflix
Tesla,_Inc.|American electric-car maker|Tesla Inc.;Tesla Motors
SpaceX|American rocket and satellite company|SpaceX
OpenAI|American artificial-intelligence company|OpenAI
Nvidia|American chip designer|Nvidia;NVIDIA
Intel|American chip maker|Intel;Intel Corp.
IBM|American computer company|IBM;International Business Machines|IBM
Oracle_Corporation|American software company|Oracle Corp.;Oracle Corporation
Cisco|American networking company|Cisco Systems;Cisco
Hewlett-Packard|American computer company (split 2015)|Hewlett-Packard
Dell|American computer maker|Dell Inc.;Dell Technologies
Samsung_Electronics|South Korean electronics maker|Samsung Electronics
Samsung|South Korean conglomerate|Samsung;Samsung Group
Sony|Japanese electronics and entertainment company|Sony;Sony Corp.
Huawei|Chinese telecommunications company|Huawei
Alibaba_Group|Chinese internet company|Alibaba;Alibaba Group
Tencent|Chinese internet company|Tencent
Uber|American ride-hailing company|Uber;Uber Technologies
Airbnb|American home-rental platform|Airbnb
Yahoo|American internet company|Yahoo;Yahoo!;Yahoo Inc.
AT&T|American telecommunications company|AT&T
Verizon|American telecommunications company|Verizon;Verizon Communications
Walmart|American retailer|Walmart;Wal-Mart;Wal-Mart Stores
Home_Depot|American home-improvement retailer|Home Depot;The Home Depot
Target_Corporation|American retailer|Target Corporation
Costco|American warehouse retailer|Costco
McDonald's|American fast-food chain|McDonald's
Starbucks|American coffee-house chain|Starbucks
Coca-Cola|American soft-drink maker|Coca-Cola;Coca-Cola Co.
PepsiCo|American food and drinks company|PepsiCo
Procter_&_Gamble|American consumer-goods company|Procter & Gamble
Johnson_&_Johnson|American health-products company|Johnson & Johnson
Pfizer|American pharmaceutical company|Pfizer
Moderna|American biotechnology company|Moderna
Merck_&_Co.|American pharmaceutical company|Merck & Co.
Nike,_Inc.|American sportswear company|Nike Inc.
The_Walt_Disney_Company|American entertainment company|Walt Disney Co.;Walt Disney Company
General_Electric|American industrial conglomerate|General Electric;General Electric Co.|GE
General_Motors|American car maker|General Motors;General Motors Corp.|GM
Ford_Motor_Company|American car maker|Ford Motor Co.;Ford Motor Company;Ford Motor
Chrysler|American car maker|Chrysler
Boeing|American aircraft maker|Boeing;Boeing Co.
Lockheed_Martin|American defence company|Lockheed Martin
ExxonMobil|American oil company|Exxon Mobil;ExxonMobil;Exxon
Chevron_Corporation|American oil company|Chevron;Chevron Corp.
BP|British oil company|BP;British Petroleum|BP
Shell_plc|British oil company|Royal Dutch Shell;Shell plc
TotalEnergies|French oil company|TotalEnergies
Gazprom|Russian state gas company|Gazprom
Rosneft|Russian state oil company|Rosneft
Saudi_Aramco|Saudi state oil company|Saudi Aramco;Aramco
Toyota|Japanese car maker|Toyota;Toyota Motor
Honda|Japanese car and motorcycle maker|Honda;Honda Motor
Nissan|Japanese car maker|Nissan
Volkswagen|German car maker|Volkswagen;VW
Volkswagen_Group|German car-making group|Volkswagen Group;Volkswagen AG
BMW|German car maker|BMW
Mercedes-Benz_Group|German car maker|Daimler;Daimler AG;Mercedes-Benz Group;DaimlerChrysler
Siemens|German industrial conglomerate|Siemens
Airbus|European aircraft maker|Airbus
Philips|Dutch technology company|Philips
Nokia|Finnish telecommunications company|Nokia
Ericsson|Swedish telecommunications company|Ericsson
Nestlé|Swiss food company|Nestlé;Nestle
JPMorgan_Chase|American bank|JPMorgan Chase;JPMorgan;JP Morgan Chase
Goldman_Sachs|American investment bank|Goldman Sachs
Morgan_Stanley|American investment bank|Morgan Stanley
Citigroup|American bank|Citigroup;Citi
Bank_of_America|American bank|Bank of America
Wells_Fargo|American bank|Wells Fargo
Lehman_Brothers|American investment bank (bankrupt 2008)|Lehman Brothers
Merrill_Lynch|American brokerage, part of Bank of America|Merrill Lynch
BlackRock|American asset manager|BlackRock
Berkshire_Hathaway|American holding company of Warren Buffett|Berkshire Hathaway
HSBC|British bank|HSBC|HSBC
Barclays|British bank|Barclays
Deutsche_Bank|German bank|Deutsche Bank
UBS|Swiss bank|UBS|UBS
Credit_Suisse|Swiss bank (taken over by UBS in 2023)|Credit Suisse
Bank_of_England|Central bank of the United Kingdom|Bank of England
Bank_of_Japan|Central bank of Japan|Bank of Japan
People's_Bank_of_China|Central bank of China|People's Bank of China
Visa_Inc.|American payments company|Visa Inc.
Mastercard|American payments company|Mastercard;MasterCard
PayPal|American online-payments company|PayPal
`;

const UNIVERSITIES = `
Harvard_University|Private university in Cambridge, Massachusetts|Harvard University;Harvard
Yale_University|Private university in New Haven, Connecticut|Yale University;Yale
Princeton_University|Private university in Princeton, New Jersey|Princeton University
Columbia_University|Private university in New York City|Columbia University
Stanford_University|Private university in Stanford, California|Stanford University
Massachusetts_Institute_of_Technology|Private research university in Cambridge, Massachusetts|Massachusetts Institute of Technology|MIT
California_Institute_of_Technology|Private research university in Pasadena, California|California Institute of Technology;Caltech
University_of_California,_Berkeley|Public university in Berkeley, California|University of California, Berkeley;UC Berkeley
University_of_California,_Los_Angeles|Public university in Los Angeles|University of California, Los Angeles|UCLA
University_of_Chicago|Private university in Chicago|University of Chicago
University_of_Pennsylvania|Private university in Philadelphia|University of Pennsylvania
Johns_Hopkins_University|Private university in Baltimore|Johns Hopkins University
Cornell_University|Private university in Ithaca, New York|Cornell University
Duke_University|Private university in Durham, North Carolina|Duke University
Georgetown_University|Private university in Washington, D.C.|Georgetown University
New_York_University|Private university in New York City|New York University|NYU
University_of_Michigan|Public university in Ann Arbor, Michigan|University of Michigan
University_of_Texas_at_Austin|Public university in Austin, Texas|University of Texas at Austin;University of Texas
University_of_Alabama|Public university in Tuscaloosa, Alabama|University of Alabama
Louisiana_State_University|Public university in Baton Rouge, Louisiana|Louisiana State University|LSU
University_of_Oxford|University in Oxford, England|University of Oxford;Oxford University
University_of_Cambridge|University in Cambridge, England|University of Cambridge;Cambridge University
London_School_of_Economics|University in London|London School of Economics|LSE
Imperial_College_London|University in London|Imperial College London;Imperial College
University_of_Toronto|University in Toronto|University of Toronto
`;

const AIRLINES = `
British_Airways|British airline|British Airways
Lufthansa|German airline|Lufthansa
Air_France|French airline|Air France
KLM|Dutch airline|KLM;KLM Royal Dutch Airlines
American_Airlines|American airline|American Airlines
United_Airlines|American airline|United Airlines
Delta_Air_Lines|American airline|Delta Air Lines;Delta Airlines
Southwest_Airlines|American airline|Southwest Airlines
JetBlue|American airline|JetBlue;JetBlue Airways
Pan_American_World_Airways|American airline (1927–1991)|Pan American World Airways;Pan Am
Trans_World_Airlines|American airline (1930–2001)|Trans World Airlines|TWA
Emirates_(airline)|Airline of Dubai|Emirates airline
Qatar_Airways|Airline of Qatar|Qatar Airways
Turkish_Airlines|Turkish airline|Turkish Airlines
Aeroflot|Russian airline|Aeroflot
Air_China|Chinese airline|Air China
Japan_Airlines|Japanese airline|Japan Airlines|JAL
All_Nippon_Airways|Japanese airline|All Nippon Airways|ANA
Singapore_Airlines|Singaporean airline|Singapore Airlines
Qantas|Australian airline|Qantas
Air_Canada|Canadian airline|Air Canada
Ryanair|Irish low-cost airline|Ryanair
EasyJet|British low-cost airline|easyJet;EasyJet
Scandinavian_Airlines|Scandinavian airline|Scandinavian Airlines;SAS Scandinavian Airlines
Heathrow_Airport|Main airport of London|Heathrow Airport;London Heathrow Airport;Heathrow
John_F._Kennedy_International_Airport|Main international airport of New York City|John F. Kennedy International Airport;JFK International Airport;Kennedy International Airport
LaGuardia_Airport|Airport in New York City|LaGuardia Airport;LaGuardia
O'Hare_International_Airport|Main airport of Chicago|O'Hare International Airport;O'Hare Airport;O'Hare
Los_Angeles_International_Airport|Main airport of Los Angeles|Los Angeles International Airport|LAX
`;

export const ORGANISATIONS: CuratedEntity[] = [
  ...rows('organization', INTERNATIONAL),
  ...rows('organization', US_FEDERAL),
  ...rows('organization', MARKETS),
  ...rows('organization', COMPANIES),
  ...rows('organization', UNIVERSITIES),
  ...rows('organization', AIRLINES),
];
