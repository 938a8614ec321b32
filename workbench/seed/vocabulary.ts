/**
 * The organisation's own names in the site's language: departments (business units), strategic
 * objectives, programmes and the PMO's stock phrases. The demo organisation works in one language,
 * the site's: a German site reads German, a French site French. People keep their names.
 */
import { LANGS, type Lang } from './text';

/** The language of a site locale ('de-de' → 'de'); English for a locale PMO Hub does not speak. */
export function langOfLocale(locale: string | undefined): Lang {
  const code = String(locale ?? '').toLowerCase().split(/[-_]/)[0];
  return LANGS.filter(l => l === code)[0] ?? 'en';
}

/**
 * Departments by their key (the directory's English department names) in each language. The
 * English names stay as the directory spells them, so a Teams team named after a department
 * ("Finance Department") finds its projects on an English site.
 */
const DEPARTMENT_NAMES: Readonly<Record<string, Readonly<Record<Lang, string>>>> = {
  'Digital Services': { en: 'Digital Services', de: 'Digitale Dienste', fr: 'Services numériques', nl: 'Digitale Dienstverlening', it: 'Servizi digitali' },
  'IT Infrastructure': { en: 'IT Infrastructure', de: 'IT-Infrastruktur', fr: 'Infrastructure informatique', nl: 'IT-infrastructuur', it: 'Infrastruttura IT' },
  'Public Services': { en: 'Public Services', de: 'Bürgerdienste', fr: 'Services au public', nl: 'Publieksdiensten', it: 'Servizi al cittadino' },
  Finance: { en: 'Finance', de: 'Finanzen', fr: 'Finances', nl: 'Financiën', it: 'Ragioneria' },
  'Human Resources': { en: 'Human Resources', de: 'Personal', fr: 'Ressources humaines', nl: 'Personeelszaken', it: 'Risorse umane' },
  'Customer Service': { en: 'Customer Service', de: 'Kundenservice', fr: 'Relation usagers', nl: 'Klantcontact', it: 'Relazioni con il pubblico' },
  Procurement: { en: 'Procurement', de: 'Beschaffung', fr: 'Achats', nl: 'Inkoop', it: 'Acquisti' },
  Facilities: { en: 'Facilities', de: 'Gebäudemanagement', fr: 'Services généraux', nl: 'Facilitaire zaken', it: 'Servizi generali' },
  'Legal & Compliance': { en: 'Legal & Compliance', de: 'Recht und Compliance', fr: 'Juridique et conformité', nl: 'Juridische zaken', it: 'Affari legali e conformità' },
  'Portfolio Management Office': { en: 'Portfolio Management Office', de: 'Portfoliomanagement', fr: 'Bureau du portefeuille de projets', nl: 'Portfoliomanagement', it: 'Ufficio gestione del portafoglio' },
  'Executive Board': { en: 'Executive Board', de: 'Vorstand', fr: 'Direction générale', nl: 'Directie', it: 'Direzione generale' },
  'Records Office': { en: 'Records Office', de: 'Registratur', fr: 'Service des archives', nl: 'Archiefdienst', it: 'Ufficio protocollo' }
};

/** A department's name in a language (its key when the vocabulary has none). */
export function departmentName(lang: Lang, key: string): string {
  const names = DEPARTMENT_NAMES[key];
  return names ? names[lang] : key;
}

/** The IT teams resources belong to (Resources.Team), by key, in each language. */
const TEAM_NAMES: Readonly<Record<string, Readonly<Record<Lang, string>>>> = {
  delivery: { en: 'Project Delivery', de: 'Projektsteuerung', fr: 'Pilotage des projets', nl: 'Projectmanagement', it: 'Gestione dei progetti' },
  business: { en: 'Business Analysis', de: 'Fachanalyse', fr: 'Analyse métier', nl: 'Bedrijfsanalyse', it: 'Analisi funzionale' },
  engineering: { en: 'Software Engineering', de: 'Softwareentwicklung', fr: 'Développement logiciel', nl: 'Softwareontwikkeling', it: 'Sviluppo software' },
  operations: { en: 'IT Operations and Security', de: 'IT-Betrieb und Sicherheit', fr: 'Exploitation et sécurité informatiques', nl: 'IT-beheer en beveiliging', it: 'Esercizio IT e sicurezza' },
  data: { en: 'Data and Analytics', de: 'Daten und Analytik', fr: 'Données et analyse', nl: 'Data en analyse', it: 'Dati e analisi' },
  change: { en: 'Change and Procurement', de: 'Veränderungsmanagement und Beschaffung', fr: 'Conduite du changement et achats', nl: 'Verandermanagement en inkoop', it: 'Gestione del cambiamento e acquisti' }
};

/** A team's name in a language (its key when the vocabulary has none). */
export function teamName(lang: Lang, key: string): string {
  const names = TEAM_NAMES[key];
  return names ? names[lang] : key;
}

/** Title and summary of the strategic objectives SO-01 … SO-08, in code order. */
export const OBJECTIVE_TEXTS: Readonly<Record<Lang, ReadonlyArray<readonly [string, string]>>> = {
  en: [
    ['Digital-first public services', 'Every citizen service can be completed online, accessibly, in the citizen’s language.'],
    ['Secure and resilient IT (ISO 27001, NIS2)', 'Information security management certified and NIS2 duties met.'],
    ['Data-driven decisions', 'Decisions rely on shared, trusted data and open data where possible.'],
    ['Operational efficiency', 'Lower running costs through standard platforms and automation.'],
    ['Modern workplace', 'Staff work securely from anywhere with modern collaboration tools.'],
    ['Compliance and transparency', 'Records management, data protection and procurement rules are followed by design.'],
    ['Green IT', 'Cut the IT carbon footprint by 30 % by 2030.'],
    ['Legacy consolidation 2020–2025', 'Retire mainframe-era applications (closed objective of the previous strategy).']
  ],
  de: [
    ['Digitale Verwaltungsleistungen zuerst', 'Jede Bürgerleistung kann online, barrierefrei und in der Sprache der Bürgerinnen und Bürger erledigt werden.'],
    ['Sichere und widerstandsfähige IT (ISO 27001, NIS2)', 'Das Informationssicherheitsmanagement ist zertifiziert, die Pflichten aus NIS2 sind erfüllt.'],
    ['Datenbasierte Entscheidungen', 'Entscheidungen beruhen auf gemeinsamen, verlässlichen Daten und, wo möglich, auf offenen Daten.'],
    ['Wirtschaftlicher Betrieb', 'Niedrigere Betriebskosten durch Standardplattformen und Automatisierung.'],
    ['Moderner Arbeitsplatz', 'Die Beschäftigten arbeiten sicher von überall und mit modernen Werkzeugen für die Zusammenarbeit.'],
    ['Rechtssicherheit und Transparenz', 'Schriftgutverwaltung, Datenschutz und Vergaberecht werden von Anfang an eingehalten.'],
    ['Nachhaltige IT', 'Den CO₂-Fußabdruck der IT bis 2030 um 30 % senken.'],
    ['Konsolidierung der Altverfahren 2020–2025', 'Verfahren aus der Großrechnerzeit ablösen (abgeschlossenes Ziel der vorigen Strategie).']
  ],
  fr: [
    ['Services publics numériques d’abord', 'Chaque démarche peut être réalisée en ligne, de façon accessible et dans la langue de l’usager.'],
    ['Un SI sûr et résilient (ISO 27001, NIS2)', 'Le management de la sécurité de l’information est certifié et les obligations de NIS2 sont respectées.'],
    ['Des décisions fondées sur les données', 'Les décisions s’appuient sur des données partagées et fiables, ouvertes lorsque c’est possible.'],
    ['Efficacité opérationnelle', 'Des coûts de fonctionnement réduits grâce aux plateformes standard et à l’automatisation.'],
    ['Poste de travail moderne', 'Les agents travaillent en sécurité depuis n’importe où avec des outils collaboratifs modernes.'],
    ['Conformité et transparence', 'L’archivage, la protection des données et les règles de la commande publique sont respectés dès la conception.'],
    ['Numérique responsable', 'Réduire de 30 % l’empreinte carbone du numérique d’ici 2030.'],
    ['Consolidation de l’existant 2020–2025', 'Retirer les applications de l’ère du mainframe (objectif clos de la stratégie précédente).']
  ],
  nl: [
    ['Digitaal eerst in de dienstverlening', 'Elke dienst voor inwoners kan online, toegankelijk en in de eigen taal worden afgerond.'],
    ['Veilige en weerbare IT (ISO 27001, NIS2)', 'De informatiebeveiliging is gecertificeerd en de verplichtingen uit NIS2 zijn nagekomen.'],
    ['Datagedreven besluiten', 'Besluiten steunen op gedeelde, betrouwbare gegevens en waar mogelijk op open data.'],
    ['Efficiënte bedrijfsvoering', 'Lagere beheerkosten door standaardplatforms en automatisering.'],
    ['Moderne werkplek', 'Medewerkers werken veilig vanaf elke plek met moderne samenwerkingstools.'],
    ['Rechtmatigheid en transparantie', 'Archivering, privacy en de aanbestedingsregels worden vanaf het ontwerp nageleefd.'],
    ['Duurzame IT', 'De CO₂-voetafdruk van de IT vóór 2030 met 30 % verlagen.'],
    ['Uitfasering van oude systemen 2020–2025', 'Applicaties uit het mainframetijdperk uitfaseren (afgesloten doel van de vorige strategie).']
  ],
  it: [
    ['Servizi pubblici digitali per primi', 'Ogni servizio per i cittadini si completa online, in modo accessibile e nella lingua del cittadino.'],
    ['IT sicura e resiliente (ISO 27001, NIS2)', 'La gestione della sicurezza delle informazioni è certificata e gli obblighi della NIS2 sono rispettati.'],
    ['Decisioni basate sui dati', 'Le decisioni si basano su dati condivisi e affidabili e, dove possibile, su dati aperti.'],
    ['Efficienza operativa', 'Costi di esercizio più bassi grazie a piattaforme standard e all’automazione.'],
    ['Postazione di lavoro moderna', 'Il personale lavora in sicurezza da ovunque con strumenti di collaborazione moderni.'],
    ['Conformità e trasparenza', 'Gestione documentale, protezione dei dati e regole sugli appalti sono rispettate fin dalla progettazione.'],
    ['IT sostenibile', 'Ridurre del 30 % l’impronta di carbonio dell’IT entro il 2030.'],
    ['Dismissione dei sistemi legacy 2020–2025', 'Dismettere le applicazioni dell’era mainframe (obiettivo chiuso della strategia precedente).']
  ]
};

/** Title and summary of the four named programmes (PGM-DTP, PGM-PSM, PGM-FIN, PGM-SEC), in order. */
export const PROGRAMME_TEXTS: Readonly<Record<Lang, ReadonlyArray<readonly [string, string]>>> = {
  en: [
    ['Digital Transformation Programme', 'Digital services, modern workplace and data platform for the whole organisation.'],
    ['Public Services Modernisation', 'Citizen-facing services online, accessible and once-only.'],
    ['Finance Systems Renewal', 'ERP, e-invoicing and budgeting on one platform.'],
    ['Cyber Resilience Programme', 'ISO 27001 certification, NIS2 readiness and security operations.']
  ],
  de: [
    ['Programm Digitale Transformation', 'Digitale Dienste, moderner Arbeitsplatz und Datenplattform für die gesamte Organisation.'],
    ['Modernisierung der Bürgerdienste', 'Bürgerleistungen online, barrierefrei und nach dem Once-Only-Prinzip.'],
    ['Erneuerung der Finanzsysteme', 'ERP, E-Rechnung und Haushaltsplanung auf einer Plattform.'],
    ['Programm Cyberresilienz', 'ISO-27001-Zertifizierung, Umsetzung von NIS2 und Sicherheitsbetrieb.']
  ],
  fr: [
    ['Programme de transformation numérique', 'Services numériques, poste de travail moderne et plateforme de données pour toute l’organisation.'],
    ['Modernisation des services au public', 'Des démarches en ligne, accessibles, selon le principe « Dites-le-nous une fois ».'],
    ['Renouvellement des systèmes financiers', 'Progiciel de gestion, facturation électronique et budget sur une seule plateforme.'],
    ['Programme de cyberrésilience', 'Certification ISO 27001, mise en conformité avec NIS2 et supervision de la sécurité.']
  ],
  nl: [
    ['Programma Digitale Transformatie', 'Digitale diensten, de moderne werkplek en een dataplatform voor de hele organisatie.'],
    ['Modernisering van de publieksdiensten', 'Diensten voor inwoners online, toegankelijk en volgens het principe van eenmalige uitvraag.'],
    ['Vernieuwing van de financiële systemen', 'ERP, e-facturatie en begroting op één platform.'],
    ['Programma Digitale Weerbaarheid', 'ISO 27001-certificering, voorbereiding op NIS2 en security operations.']
  ],
  it: [
    ['Programma di trasformazione digitale', 'Servizi digitali, postazione di lavoro moderna e piattaforma dati per tutta l’organizzazione.'],
    ['Modernizzazione dei servizi al cittadino', 'Servizi ai cittadini online, accessibili e secondo il principio «una sola volta».'],
    ['Rinnovo dei sistemi contabili', 'ERP, fatturazione elettronica e bilancio su un’unica piattaforma.'],
    ['Programma di resilienza informatica', 'Certificazione ISO 27001, adeguamento alla NIS2 e gestione operativa della sicurezza.']
  ]
};

/** Titles of further programmes at scale (a second round gets a number). */
export const PROGRAMME_THEME_TITLES: Readonly<Record<Lang, ReadonlyArray<string>>> = {
  en: ['Digital Administration Programme', 'Information Management Programme', 'Customer Experience Programme', 'Cloud Programme', 'Data and Analytics Programme',
    'Workplace Programme', 'Service Delivery Programme', 'Infrastructure Renewal Programme', 'Digital Services Programme', 'Green IT Programme'],
  de: ['Programm Digitale Verwaltung', 'Programm Informationsmanagement', 'Programm Bürgerservice', 'Programm Cloud', 'Programm Daten und Analyse',
    'Programm Moderner Arbeitsplatz', 'Programm Dienstleistungen', 'Programm Infrastruktur', 'Programm Digitale Dienste', 'Programm Nachhaltige IT'],
  fr: ['Programme Administration numérique', 'Programme Gestion de l’information', 'Programme Relation usagers', 'Programme Cloud', 'Programme Données et analyse',
    'Programme Poste de travail', 'Programme Qualité de service', 'Programme Infrastructures', 'Programme Services numériques', 'Programme Numérique responsable'],
  nl: ['Programma Digitale Overheid', 'Programma Informatiehuishouding', 'Programma Klantbeleving', 'Programma Cloud', 'Programma Data en Analyse',
    'Programma Moderne Werkplek', 'Programma Dienstverlening', 'Programma Infrastructuur', 'Programma Digitale Diensten', 'Programma Duurzame IT'],
  it: ['Programma Amministrazione digitale', 'Programma Gestione documentale', 'Programma Esperienza utente', 'Programma Cloud della PA', 'Programma Dati e analisi',
    'Programma Postazione di lavoro', 'Programma Qualità dei servizi', 'Programma Infrastrutture', 'Programma Servizi digitali', 'Programma IT sostenibile']
};

/** The PMO officers' comments on intake steps: the completeness check, and the request on the board's agenda. */
export const INTAKE_COMMENTS: Readonly<Record<Lang, { review: string; ready: string }>> = {
  en: { review: 'Completeness check started.', ready: 'Complete; on the agenda of the strategy board.' },
  de: { review: 'Vollständigkeitsprüfung begonnen.', ready: 'Vollständig; auf der Tagesordnung des Strategieausschusses.' },
  fr: { review: 'Contrôle de complétude lancé.', ready: 'Complet ; inscrit à l’ordre du jour du comité stratégique.' },
  nl: { review: 'Controle op volledigheid gestart.', ready: 'Volledig; geagendeerd voor de strategieraad.' },
  it: { review: 'Verifica di completezza avviata.', ready: 'Completa; all’ordine del giorno del comitato strategico.' }
};

/** A request's compliance note. */
export const COMPLIANCE_NOTE: Readonly<Record<Lang, string>> = {
  en: 'DPIA needed; records retention per the archive act.',
  de: 'DSFA erforderlich; Aufbewahrung nach dem Archivgesetz.',
  fr: 'AIPD nécessaire ; conservation selon le code du patrimoine.',
  nl: 'DPIA nodig; bewaartermijnen volgens de Archiefwet.',
  it: 'DPIA necessaria; conservazione secondo la normativa sugli archivi.'
};

/** Titles of the board's decisions on a request: approve, reject, defer (the request's title follows). */
export const REQUEST_DECISION_TITLES: Readonly<Record<Lang, { Approved: string; Rejected: string; Deferred: string }>> = {
  en: { Approved: 'Approve request: ', Rejected: 'Reject request: ', Deferred: 'Defer request: ' },
  de: { Approved: 'Antrag genehmigen: ', Rejected: 'Antrag ablehnen: ', Deferred: 'Antrag zurückstellen: ' },
  fr: { Approved: 'Approuver la demande : ', Rejected: 'Rejeter la demande : ', Deferred: 'Reporter la demande : ' },
  nl: { Approved: 'Aanvraag goedkeuren: ', Rejected: 'Aanvraag afwijzen: ', Deferred: 'Aanvraag uitstellen: ' },
  it: { Approved: 'Approvare la richiesta: ', Rejected: 'Respingere la richiesta: ', Deferred: 'Rinviare la richiesta: ' }
};

/** Where an organisation-wide lesson comes from. */
export const PORTFOLIO_REVIEW_NOTE: Readonly<Record<Lang, string>> = {
  en: 'From the PMO’s annual portfolio review.',
  de: 'Aus dem jährlichen Portfolio-Review des PMO.',
  fr: 'Issu de la revue annuelle du portefeuille par le PMO.',
  nl: 'Uit de jaarlijkse portfolioreview van het PMO.',
  it: 'Dalla revisione annuale del portafoglio del PMO.'
};

/** Titles of the seeded scoring rounds, per language: {0} is the period. */
export const ROUND_TITLES: Record<Lang, { closed: string; open: string }> = {
  en: { closed: 'Strategy board scoring, {0}', open: 'Strategy board scoring, November 2026' },
  de: { closed: 'Bewertung im Strategieausschuss, {0}', open: 'Bewertung im Strategieausschuss, November 2026' },
  fr: { closed: 'Notation du comité stratégique, {0}', open: 'Notation du comité stratégique, novembre 2026' },
  nl: { closed: 'Scoring strategisch comité, {0}', open: 'Scoring strategisch comité, november 2026' },
  it: { closed: 'Valutazione del comitato strategico, {0}', open: 'Valutazione del comitato strategico, novembre 2026' }
};
