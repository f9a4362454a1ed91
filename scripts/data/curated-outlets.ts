// News agencies, broadcasters, papers and magazines worldwide that news copy cites, so "Sputnik" is the agency and
// "Star" the magazine only where named in full. Facts (Wikipedia titles, what each is) checked by hand against
// English Wikipedia. Row: "Title|description|names|ACRONYMS" (curated-rows.ts). Networks whose acronym several
// countries share (ABC) are in curated-contextual.ts instead.
import { rows, type CuratedEntity } from './curated-rows';

const AGENCIES = `
Reuters|International news agency, London|Reuters;Reuter
Associated_Press|American news agency|Associated Press|AP
Agence_France-Presse|French news agency|Agence France-Presse;Agence France Presse|AFP
United_Press_International|American news agency|United Press International|UPI
Bloomberg_News|Financial news agency of Bloomberg L.P.|Bloomberg News
Dow_Jones_&_Company|American financial-news publisher|Dow Jones & Company;Dow Jones & Co.;Dow Jones Newswires
Sputnik_(news_agency)|Russian state news agency|Sputnik
TASS|Russian state news agency|TASS;ITAR-TASS|TASS
RIA_Novosti|Russian state news agency|RIA Novosti
Interfax|Russian news agency|Interfax
Xinhua_News_Agency|Chinese state news agency|Xinhua;Xinhua News Agency
Kyodo_News|Japanese news agency|Kyodo;Kyodo News
Yonhap_News_Agency|South Korean news agency|Yonhap;Yonhap News Agency
Korean_Central_News_Agency|North Korean state news agency|Korean Central News Agency|KCNA
Anadolu_Agency|Turkish state news agency|Anadolu Agency;Anadolu
Islamic_Republic_News_Agency|Iranian state news agency|Islamic Republic News Agency|IRNA
Press_Trust_of_India|Indian news agency|Press Trust of India|PTI
Deutsche_Presse-Agentur|German news agency|Deutsche Presse-Agentur|DPA;dpa
Agenzia_Nazionale_Stampa_Associata|Italian news agency|ANSA|ANSA
EFE|Spanish news agency|EFE|EFE
`;

const BROADCASTERS = `
BBC|British public broadcaster|BBC;British Broadcasting Corporation|BBC
BBC_News|News division of the BBC|BBC News
CNN|American news channel|CNN|CNN
NBC|American television network|NBC|NBC
NBC_News|News division of NBC|NBC News
CBS|American television network|CBS|CBS
CBS_News|News division of CBS|CBS News
ABC_News|News division of the American ABC network|ABC News
Fox_News|American news channel|Fox News;Fox News Channel
MSNBC|American news channel|MSNBC|MSNBC
CNBC|American business-news channel|CNBC|CNBC
NPR|American public radio network|NPR;National Public Radio|NPR
PBS|American public television network|PBS;Public Broadcasting Service|PBS
C-SPAN|American public-affairs network|C-SPAN
Voice_of_America|US government international broadcaster|Voice of America|VOA
Radio_Free_Europe/Radio_Liberty|US-funded broadcaster to Eastern Europe and Asia|Radio Free Europe/Radio Liberty;Radio Free Europe;Radio Liberty|RFE/RL
Sky_News|British news channel|Sky News
ITV_(TV_network)|British television network|ITV
Channel_4|British public television channel|Channel 4
Al_Jazeera|Qatari news network|Al Jazeera;Al-Jazeera;Al Jazeera English
Al_Arabiya|Saudi-owned news channel|Al Arabiya;Al-Arabiya
RT_(TV_network)|Russian state international television network|RT;Russia Today
Deutsche_Welle|German international broadcaster|Deutsche Welle|DW
France_24|French international news channel|France 24
Euronews|European news channel|Euronews
CCTV|Chinese state television|China Central Television|CCTV
NHK|Japanese public broadcaster|NHK|NHK
CBC_News|News division of the Canadian Broadcasting Corporation|CBC News
Canadian_Broadcasting_Corporation|Canadian public broadcaster|Canadian Broadcasting Corporation
Australian_Broadcasting_Corporation|Australian public broadcaster|Australian Broadcasting Corporation
`;

const PRINT = `
The_New_York_Times|American daily newspaper|The New York Times;New York Times
The_Washington_Post|American daily newspaper|The Washington Post;Washington Post
The_Wall_Street_Journal|American business daily|The Wall Street Journal;Wall Street Journal
USA_Today|American daily newspaper|USA Today
Los_Angeles_Times|American daily newspaper|Los Angeles Times;L.A. Times
Chicago_Tribune|American daily newspaper|Chicago Tribune
The_Boston_Globe|American daily newspaper|The Boston Globe;Boston Globe
New_York_Post|American tabloid newspaper|New York Post
New_York_Daily_News|American tabloid newspaper|New York Daily News
Politico|American political news outlet|Politico;POLITICO
Axios_(website)|American news website|Axios
The_Hill_(newspaper)|American political newspaper and website|The Hill
HuffPost|American news website|HuffPost;Huffington Post;The Huffington Post
BuzzFeed_News|American news website (2011–2023)|BuzzFeed News
Vox_(website)|American news website|Vox
The_Atlantic|American magazine|The Atlantic
The_New_Yorker|American magazine|The New Yorker
Time_(magazine)|American news magazine|Time magazine
Newsweek|American news magazine|Newsweek
Forbes|American business magazine|Forbes
Fortune_(magazine)|American business magazine|Fortune magazine
Business_Insider|American business news website|Business Insider
The_Economist|British weekly newspaper|The Economist;Economist
Financial_Times|British business daily|Financial Times|FT
The_Guardian|British daily newspaper|The Guardian
The_Times|British daily newspaper|The Times of London
The_Daily_Telegraph|British daily newspaper|The Daily Telegraph;Daily Telegraph;The Telegraph
The_Independent|British news website|The Independent
Daily_Mail|British tabloid newspaper|Daily Mail;Mail Online;MailOnline
The_Sun_(United_Kingdom)|British tabloid newspaper|The Sun newspaper
Der_Spiegel|German news magazine|Der Spiegel;Spiegel
Die_Zeit|German weekly newspaper|Die Zeit
Frankfurter_Allgemeine_Zeitung|German daily newspaper|Frankfurter Allgemeine Zeitung|FAZ
Süddeutsche_Zeitung|German daily newspaper|Süddeutsche Zeitung;Sueddeutsche Zeitung
Bild_(newspaper)|German tabloid newspaper|Bild
Le_Monde|French daily newspaper|Le Monde
Le_Figaro|French daily newspaper|Le Figaro
Libération|French daily newspaper|Libération;Liberation newspaper
El_País|Spanish daily newspaper|El País;El Pais
El_Mundo_(Spain)|Spanish daily newspaper|El Mundo
Corriere_della_Sera|Italian daily newspaper|Corriere della Sera
La_Repubblica|Italian daily newspaper|La Repubblica
Haaretz|Israeli daily newspaper|Haaretz
The_Jerusalem_Post|Israeli daily newspaper|The Jerusalem Post;Jerusalem Post
The_Times_of_India|Indian daily newspaper|The Times of India;Times of India
Hindustan_Times|Indian daily newspaper|Hindustan Times
The_Hindu|Indian daily newspaper|The Hindu
Dawn_(newspaper)|Pakistani daily newspaper|Dawn newspaper
China_Daily|Chinese state English-language daily|China Daily
Global_Times|Chinese state tabloid|Global Times
People's_Daily|Newspaper of the Chinese Communist Party|People's Daily
South_China_Morning_Post|Hong Kong daily newspaper|South China Morning Post|SCMP
The_Asahi_Shimbun|Japanese daily newspaper|Asahi Shimbun;The Asahi Shimbun
Yomiuri_Shimbun|Japanese daily newspaper|Yomiuri Shimbun;The Yomiuri Shimbun
Nikkei_(newspaper)|Japanese business daily|Nihon Keizai Shimbun;Nikkei Asia
The_Korea_Times|South Korean English-language daily|The Korea Times;Korea Times
The_Korea_Herald|South Korean English-language daily|The Korea Herald;Korea Herald
The_Japan_Times|Japanese English-language daily|The Japan Times;Japan Times
The_Sydney_Morning_Herald|Australian daily newspaper|The Sydney Morning Herald;Sydney Morning Herald
The_Globe_and_Mail|Canadian daily newspaper|The Globe and Mail;Globe and Mail
Toronto_Star|Canadian daily newspaper|Toronto Star
Kommersant|Russian business daily|Kommersant
Novaya_Gazeta|Russian independent newspaper|Novaya Gazeta
Rolling_Stone|American music and culture magazine|Rolling Stone
Variety_(magazine)|American entertainment-trade magazine|Variety magazine
The_Hollywood_Reporter|American entertainment-trade magazine|The Hollywood Reporter;Hollywood Reporter
Billboard_(magazine)|American music magazine|Billboard magazine
People_(magazine)|American celebrity magazine|People magazine
Us_Weekly|American celebrity magazine|Us Weekly;Us magazine
Entertainment_Weekly|American entertainment magazine|Entertainment Weekly
Star_(magazine)|American celebrity magazine|Star magazine
TMZ|American celebrity-news website|TMZ|TMZ
TechCrunch|American technology-news website|TechCrunch
The_Verge|American technology-news website|The Verge
Wired_(magazine)|American technology magazine|Wired magazine
Ars_Technica|American technology-news website|Ars Technica
Engadget|American technology-news website|Engadget
Live_Science|American science-news website|Live Science
Scientific_American|American science magazine|Scientific American
Nature_(journal)|British scientific journal|Nature journal
The_Lancet|British medical journal|The Lancet;Lancet
`;

/** Companies that own outlets, and the platforms news now cites as sources. */
const MEDIA_COMPANIES = `
Gannett|American newspaper publisher|Gannett;Gannett Co.
GateHouse_Media|American newspaper publisher (merged into Gannett in 2019)|GateHouse Media;GateHouse
The_McClatchy_Company|American newspaper publisher|McClatchy;McClatchy Co.;McClatchy Company
Tribune_Publishing|American newspaper publisher|Tribune Publishing;Tribune Publishing Co.;Tronc
Lee_Enterprises|American newspaper publisher|Lee Enterprises
The_New_York_Times_Company|Publisher of The New York Times|New York Times Co.;The New York Times Company
News_Corp|American media company of Rupert Murdoch|News Corp;News Corp.;News Corporation
Fox_Corporation|American media company (Fox News, Fox network)|Fox Corporation;Fox Corp.
Comcast|American media and telecommunications company|Comcast;Comcast Corp.
NBCUniversal|American media company owned by Comcast|NBCUniversal
Warner_Bros._Discovery|American media company|Warner Bros. Discovery
Time_Warner|American media company (1990–2018)|Time Warner;Time Warner Inc.
Paramount_Global|American media company (CBS, Paramount)|Paramount Global;ViacomCBS
Condé_Nast|American magazine publisher|Condé Nast;Conde Nast
Hearst_Communications|American media company|Hearst Communications;Hearst Corp.;Hearst Corporation
Axel_Springer_SE|German media company|Axel Springer
Sinclair_Broadcast_Group|American television-station owner|Sinclair Broadcast Group
Nexstar_Media_Group|American television-station owner|Nexstar Media Group
Alden_Global_Capital|American hedge fund owning newspapers|Alden Global Capital
Live_Nation_Entertainment|American concert promoter and ticket seller|Live Nation Entertainment;Live Nation
Ticketmaster|American ticket seller|Ticketmaster
Spotify|Swedish music-streaming service|Spotify
iHeartMedia|American radio company|iHeartMedia
Quora|Question-and-answer website|Quora
Reddit|Social news website|Reddit
Wikipedia|Online encyclopedia|Wikipedia
LinkedIn|Professional social network owned by Microsoft|LinkedIn
Snapchat|Messaging app of Snap Inc.|Snapchat
Pinterest|Image-sharing platform|Pinterest
`;

/** Investment firms that own companies news reports on. */
const INVESTORS = `
Blackstone_Inc.|American private-equity firm|Blackstone Group;Blackstone Inc.
KKR_&_Co.|American private-equity firm|KKR;Kohlberg Kravis Roberts|KKR
Carlyle_Group|American private-equity firm|Carlyle Group
Apollo_Global_Management|American private-equity firm|Apollo Global Management
Fortress_Investment_Group|American investment firm|Fortress Investment Group
SoftBank_Group|Japanese investment conglomerate|SoftBank Group;SoftBank
Bridgewater_Associates|American hedge fund|Bridgewater Associates
The_Vanguard_Group|American asset manager|Vanguard Group
Fidelity_Investments|American asset manager|Fidelity Investments
`;

export const OUTLETS: CuratedEntity[] = [
  ...rows('outlet', AGENCIES),
  ...rows('outlet', BROADCASTERS),
  ...rows('outlet', PRINT),
  ...rows('organization', MEDIA_COMPANIES),
  ...rows('organization', INVESTORS),
];
