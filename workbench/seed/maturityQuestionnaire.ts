/**
 * The PM maturity self-assessment as PMO Hub ships it: P3M3's seven perspectives (AXELOS, P3M3
 * version 3, 2015), three questions each, every question with five answers that describe levels 1
 * Awareness, 2 Repeatable, 3 Defined, 4 Managed and 5 Optimized — in English, German, French, Dutch and
 * Italian, addressing the respondent formally (Sie, vous, u, Lei) in the vocabulary a PMO of that
 * language uses (PRINCE2/MSP terms as that language's material has them). The answers follow P3M3's
 * cumulative logic: each level adds to the one below (informal → repeated in parts → defined and
 * applied organisation-wide → measured and steered → improved continually).
 * The seed writes one MaturityQuestions item per entry (Code, Perspective, SortOrder, QuestionTexts).
 */
import type { Perspective } from '../../src/domain/maturity';

/** The languages of the questionnaire. */
export type QuestionnaireLang = 'en' | 'de' | 'fr' | 'nl' | 'it';

/** A question in one language: the question and its five answers, level 1 → 5. */
export interface IQuestionText {
  q: string;
  a: [string, string, string, string, string];
}

/** One question of the questionnaire. */
export interface IQuestionnaireEntry {
  /** MaturityQuestions.Code: the perspective's letters and the question's number, e.g. 'OG1'. */
  code: string;
  perspective: Perspective;
  /** MaturityQuestions.SortOrder. */
  order: number;
  texts: Record<QuestionnaireLang, IQuestionText>;
}

type Texts = Record<QuestionnaireLang, [string, [string, string, string, string, string]]>;

/** The codes' letters per perspective. */
export const PERSPECTIVE_CODES: Readonly<Record<Perspective, string>> = {
  OrganizationalGovernance: 'OG',
  ManagementControl: 'MC',
  BenefitsManagement: 'BM',
  RiskManagement: 'RM',
  StakeholderManagement: 'SM',
  FinanceManagement: 'FM',
  ResourceManagement: 'RS'
};

const PERSPECTIVE_ORDER: ReadonlyArray<Perspective> = [
  'OrganizationalGovernance', 'ManagementControl', 'BenefitsManagement', 'RiskManagement', 'StakeholderManagement', 'FinanceManagement', 'ResourceManagement'
];

function entry(perspective: Perspective, n: 1 | 2 | 3, t: Texts): IQuestionnaireEntry {
  const texts = {} as Record<QuestionnaireLang, IQuestionText>;
  for (const lang of Object.keys(t) as QuestionnaireLang[]) texts[lang] = { q: t[lang][0], a: t[lang][1] };
  return { code: `${PERSPECTIVE_CODES[perspective]}${n}`, perspective, order: (PERSPECTIVE_ORDER.indexOf(perspective) + 1) * 10 + n, texts };
}

const ORGANIZATIONAL_GOVERNANCE: IQuestionnaireEntry[] = [
  entry('OrganizationalGovernance', 1, {
    en: ['In your organisation, how are projects and programmes started, approved and stopped?', [
      'Projects start when someone finds a budget; there is no common approval, and projects are rarely stopped.',
      'Some units use approval steps and stage reviews, but each in its own way and depending on individuals.',
      'A documented governance framework with defined decision points (gates) applies to all projects and programmes.',
      'Gate decisions rest on measured performance data, and projects that are no longer justified are stopped.',
      'Governance is reviewed and improved continually from lessons learned and benchmarks, in step with the corporate strategy.'
    ]],
    de: ['Wie werden Projekte und Programme in Ihrer Organisation gestartet, freigegeben und gegebenenfalls abgebrochen?', [
      'Projekte beginnen, sobald jemand ein Budget findet; es gibt keine einheitliche Freigabe, und Projekte werden selten abgebrochen.',
      'Einige Bereiche nutzen Freigabeschritte und Phasenprüfungen, jedoch jeder auf seine Weise und abhängig von einzelnen Personen.',
      'Ein dokumentiertes Governance-Rahmenwerk mit festgelegten Entscheidungspunkten (Quality Gates) gilt für alle Projekte und Programme.',
      'Gate-Entscheidungen beruhen auf gemessenen Leistungsdaten, und Projekte, die nicht mehr gerechtfertigt sind, werden abgebrochen.',
      'Die Governance wird anhand von Erfahrungen und Benchmarks laufend überprüft und verbessert und bleibt auf die Unternehmensstrategie abgestimmt.'
    ]],
    fr: ['Dans votre organisation, comment les projets et programmes sont-ils lancés, approuvés et, le cas échéant, arrêtés ?', [
      'Les projets démarrent dès que quelqu’un trouve un budget ; il n’existe pas d’approbation commune et les projets sont rarement arrêtés.',
      'Certaines unités appliquent des étapes d’approbation et des revues de phase, mais chacune à sa manière et selon les personnes.',
      'Un cadre de gouvernance documenté, avec des points de décision définis (jalons de passage), s’applique à tous les projets et programmes.',
      'Les décisions aux jalons reposent sur des données de performance mesurées, et les projets qui ne sont plus justifiés sont arrêtés.',
      'La gouvernance est revue et améliorée en continu à partir des retours d’expérience et d’analyses comparatives, en phase avec la stratégie de l’entreprise.'
    ]],
    nl: ['Hoe worden projecten en programma’s in uw organisatie gestart, goedgekeurd en zo nodig gestopt?', [
      'Projecten starten zodra iemand budget vindt; er is geen gemeenschappelijke goedkeuring en projecten worden zelden gestopt.',
      'Sommige afdelingen werken met goedkeuringsstappen en fasebeoordelingen, maar elk op eigen wijze en afhankelijk van personen.',
      'Een vastgelegd governancekader met gedefinieerde beslismomenten geldt voor alle projecten en programma’s.',
      'Beslissingen op de beslismomenten steunen op gemeten prestatiegegevens, en projecten die niet langer gerechtvaardigd zijn, worden gestopt.',
      'De governance wordt op basis van geleerde lessen en benchmarks voortdurend herzien en verbeterd, in lijn met de organisatiestrategie.'
    ]],
    it: ['Nella Sua organizzazione, come vengono avviati, approvati ed eventualmente interrotti i progetti e i programmi?', [
      'I progetti partono quando qualcuno trova un budget; non esiste un’approvazione comune e i progetti vengono interrotti di rado.',
      'Alcune unità prevedono fasi di approvazione e revisioni di fase, ma ciascuna a modo proprio e a seconda delle persone.',
      'Un quadro di governance documentato, con punti decisionali definiti (gate), si applica a tutti i progetti e programmi.',
      'Le decisioni ai gate si basano su dati di prestazione misurati, e i progetti non più giustificati vengono interrotti.',
      'La governance viene riesaminata e migliorata di continuo sulla base delle lezioni apprese e di benchmark, in linea con la strategia aziendale.'
    ]]
  }),
  entry('OrganizationalGovernance', 2, {
    en: ['How are roles, responsibilities and decision rights for projects defined in your organisation?', [
      'Roles such as sponsor or project manager exist in name, but responsibilities and authority are unclear.',
      'Key roles are assigned on larger projects, but what they cover varies from project to project.',
      'Roles, responsibilities and delegated authority are defined organisation-wide and written into terms of reference.',
      'How well the roles are fulfilled is monitored, and accountability is enforced through performance reviews.',
      'Role definitions and decision rights are refined regularly from evaluations and lessons learned across the organisation.'
    ]],
    de: ['Wie sind Rollen, Verantwortlichkeiten und Entscheidungsbefugnisse für Projekte in Ihrer Organisation festgelegt?', [
      'Rollen wie Auftraggeber oder Projektleiter gibt es dem Namen nach, Verantwortung und Befugnisse sind jedoch unklar.',
      'In größeren Projekten sind die Schlüsselrollen besetzt, ihr Umfang ist jedoch von Projekt zu Projekt verschieden.',
      'Rollen, Verantwortlichkeiten und delegierte Befugnisse sind organisationsweit festgelegt und in Rollenbeschreibungen dokumentiert.',
      'Wie gut die Rollen wahrgenommen werden, wird überwacht, und die Verantwortung wird in Leistungsbeurteilungen eingefordert.',
      'Rollenbeschreibungen und Entscheidungsbefugnisse werden anhand von Auswertungen und Erfahrungen aus der gesamten Organisation regelmäßig weiterentwickelt.'
    ]],
    fr: ['Dans votre organisation, comment les rôles, les responsabilités et les pouvoirs de décision sont-ils définis pour les projets ?', [
      'Des rôles comme commanditaire ou chef de projet existent de nom, mais les responsabilités et l’autorité restent floues.',
      'Les rôles clés sont attribués sur les grands projets, mais leur périmètre varie d’un projet à l’autre.',
      'Les rôles, les responsabilités et les délégations de pouvoir sont définis à l’échelle de l’organisation et consignés dans des fiches de rôle.',
      'L’exercice des rôles est suivi, et la responsabilité de chacun est évaluée lors des entretiens d’évaluation.',
      'Les définitions de rôles et les pouvoirs de décision sont affinés régulièrement à partir des évaluations et des retours d’expérience de toute l’organisation.'
    ]],
    nl: ['Hoe zijn rollen, verantwoordelijkheden en beslissingsbevoegdheden voor projecten in uw organisatie vastgelegd?', [
      'Rollen zoals opdrachtgever of projectmanager bestaan in naam, maar verantwoordelijkheden en bevoegdheden zijn onduidelijk.',
      'Bij grotere projecten zijn de sleutelrollen ingevuld, maar wat ze omvatten verschilt per project.',
      'Rollen, verantwoordelijkheden en gedelegeerde bevoegdheden zijn organisatiebreed vastgelegd in rolbeschrijvingen.',
      'Er wordt gevolgd hoe goed de rollen worden ingevuld, en verantwoording wordt afgelegd in beoordelingsgesprekken.',
      'Rolbeschrijvingen en beslissingsbevoegdheden worden regelmatig bijgesteld op basis van evaluaties en lessen uit de hele organisatie.'
    ]],
    it: ['Come sono definiti nella Sua organizzazione i ruoli, le responsabilità e i poteri decisionali per i progetti?', [
      'Ruoli come sponsor o project manager esistono di nome, ma responsabilità e autorità non sono chiare.',
      'Nei progetti più grandi i ruoli chiave sono assegnati, ma il loro ambito varia da un progetto all’altro.',
      'Ruoli, responsabilità e deleghe sono definiti a livello di organizzazione e documentati in mansionari.',
      'L’esercizio dei ruoli viene monitorato e le responsabilità vengono verificate nelle valutazioni delle prestazioni.',
      'Le definizioni dei ruoli e i poteri decisionali vengono affinati regolarmente in base alle valutazioni e alle lezioni apprese in tutta l’organizzazione.'
    ]]
  }),
  entry('OrganizationalGovernance', 3, {
    en: ['How do projects and programmes relate to your organisation’s strategy?', [
      'The link between projects and the strategy is rarely made explicit.',
      'Larger projects state the strategic objectives they serve, but not in a consistent way.',
      'Every project and programme is assessed against the strategic objectives with a common method before it is approved.',
      'The contribution to strategic objectives is measured and reported across the portfolio and steers investment decisions.',
      'Strategy and portfolio are reviewed together regularly, and experience from delivery feeds back into strategic planning.'
    ]],
    de: ['Wie sind Projekte und Programme mit der Strategie Ihrer Organisation verknüpft?', [
      'Der Bezug zwischen Projekten und Strategie wird selten ausdrücklich hergestellt.',
      'Größere Projekte nennen die strategischen Ziele, denen sie dienen, jedoch nicht einheitlich.',
      'Jedes Projekt und Programm wird vor der Freigabe mit einer einheitlichen Methode an den strategischen Zielen gemessen.',
      'Der Beitrag zu den strategischen Zielen wird im gesamten Portfolio gemessen, berichtet und steuert die Investitionsentscheidungen.',
      'Strategie und Portfolio werden regelmäßig gemeinsam überprüft, und Erfahrungen aus der Umsetzung fließen in die Strategieplanung ein.'
    ]],
    fr: ['Comment les projets et programmes sont-ils reliés à la stratégie de votre organisation ?', [
      'Le lien entre les projets et la stratégie est rarement explicité.',
      'Les grands projets indiquent les objectifs stratégiques qu’ils servent, mais de façon hétérogène.',
      'Chaque projet et programme est évalué au regard des objectifs stratégiques selon une méthode commune avant d’être approuvé.',
      'La contribution aux objectifs stratégiques est mesurée et suivie sur l’ensemble du portefeuille et oriente les décisions d’investissement.',
      'La stratégie et le portefeuille sont revus ensemble régulièrement, et l’expérience de la mise en œuvre alimente la planification stratégique.'
    ]],
    nl: ['Hoe zijn projecten en programma’s verbonden met de strategie van uw organisatie?', [
      'Het verband tussen projecten en strategie wordt zelden expliciet gemaakt.',
      'Grotere projecten noemen de strategische doelen die ze dienen, maar niet op een eenduidige manier.',
      'Elk project en programma wordt vóór goedkeuring met een gemeenschappelijke methode getoetst aan de strategische doelen.',
      'De bijdrage aan de strategische doelen wordt over het hele portfolio gemeten en gerapporteerd en stuurt de investeringsbeslissingen.',
      'Strategie en portfolio worden regelmatig samen herzien, en ervaringen uit de uitvoering vloeien terug in de strategische planning.'
    ]],
    it: ['In che modo i progetti e i programmi sono collegati alla strategia della Sua organizzazione?', [
      'Il legame tra progetti e strategia viene esplicitato raramente.',
      'I progetti più grandi indicano gli obiettivi strategici che perseguono, ma in modo non uniforme.',
      'Ogni progetto e programma viene valutato rispetto agli obiettivi strategici con un metodo comune prima dell’approvazione.',
      'Il contributo agli obiettivi strategici viene misurato e rendicontato sull’intero portafoglio e orienta le decisioni di investimento.',
      'Strategia e portafoglio vengono riesaminati insieme con regolarità, e l’esperienza della realizzazione alimenta la pianificazione strategica.'
    ]]
  })
];

const MANAGEMENT_CONTROL: IQuestionnaireEntry[] = [
  entry('ManagementControl', 1, {
    en: ['How are projects planned and their progress monitored in your organisation?', [
      'Plans are made informally, if at all, and progress is judged by feel.',
      'Projects produce plans and progress reports, but formats and methods differ from project to project.',
      'A standard method with templates for plans, stages and progress reports applies to all projects.',
      'Progress is tracked against baselines with quantitative measures, and deviations trigger defined actions.',
      'Planning and control methods are improved continually from performance data and lessons of completed projects.'
    ]],
    de: ['Wie werden Projekte in Ihrer Organisation geplant und ihr Fortschritt überwacht?', [
      'Pläne entstehen, wenn überhaupt, informell, und der Fortschritt wird nach Gefühl beurteilt.',
      'Projekte erstellen Pläne und Statusberichte, Formate und Methoden unterscheiden sich jedoch von Projekt zu Projekt.',
      'Für alle Projekte gilt eine Standardmethode mit Vorlagen für Pläne, Phasen und Statusberichte.',
      'Der Fortschritt wird mit quantitativen Kennzahlen gegen Basispläne verfolgt, und Abweichungen lösen festgelegte Maßnahmen aus.',
      'Planungs- und Steuerungsmethoden werden anhand von Leistungsdaten und Erfahrungen abgeschlossener Projekte laufend verbessert.'
    ]],
    fr: ['Dans votre organisation, comment les projets sont-ils planifiés et leur avancement suivi ?', [
      'Les plans sont établis de manière informelle, voire pas du tout, et l’avancement est apprécié au jugé.',
      'Les projets produisent des plans et des rapports d’avancement, mais les formats et les méthodes varient d’un projet à l’autre.',
      'Une méthode standard, avec des modèles de plans, de phases et de rapports d’avancement, s’applique à tous les projets.',
      'L’avancement est suivi par rapport aux plans de référence à l’aide d’indicateurs quantitatifs, et les écarts déclenchent des actions définies.',
      'Les méthodes de planification et de contrôle sont améliorées en continu à partir des données de performance et des enseignements des projets achevés.'
    ]],
    nl: ['Hoe worden projecten in uw organisatie gepland en hoe wordt hun voortgang bewaakt?', [
      'Plannen worden informeel gemaakt, als ze er al zijn, en de voortgang wordt op gevoel beoordeeld.',
      'Projecten maken plannen en voortgangsrapportages, maar vormen en methoden verschillen per project.',
      'Voor alle projecten geldt een standaardmethode met sjablonen voor plannen, fasen en voortgangsrapportages.',
      'De voortgang wordt met kwantitatieve maatstaven afgezet tegen de baseline, en afwijkingen leiden tot vastgelegde acties.',
      'Plannings- en beheersmethoden worden voortdurend verbeterd op basis van prestatiegegevens en lessen uit afgeronde projecten.'
    ]],
    it: ['Come vengono pianificati i progetti e monitorato il loro avanzamento nella Sua organizzazione?', [
      'I piani vengono redatti in modo informale, se lo sono, e l’avanzamento viene valutato a sensazione.',
      'I progetti producono piani e rapporti di avanzamento, ma formati e metodi variano da un progetto all’altro.',
      'Un metodo standard, con modelli per piani, fasi e rapporti di avanzamento, si applica a tutti i progetti.',
      'L’avanzamento viene misurato rispetto alle baseline con indicatori quantitativi, e gli scostamenti attivano azioni definite.',
      'I metodi di pianificazione e controllo vengono migliorati di continuo in base ai dati di prestazione e alle lezioni dei progetti conclusi.'
    ]]
  }),
  entry('ManagementControl', 2, {
    en: ['How are changes to scope, schedule and cost controlled?', [
      'Changes are accepted as they arise, without assessing their impact.',
      'Some projects log changes and assess their impact, but there is no common procedure.',
      'A defined change control procedure with tolerances and escalation applies to all projects.',
      'The number of changes and their effects are analysed, and the procedure is steered with metrics.',
      'Change control is optimised continually, and the causes of recurring changes are removed at the source.'
    ]],
    de: ['Wie werden Änderungen an Umfang, Terminen und Kosten gesteuert?', [
      'Änderungen werden angenommen, wie sie kommen, ohne ihre Auswirkungen zu bewerten.',
      'Einige Projekte erfassen Änderungen und bewerten ihre Auswirkungen, ein gemeinsames Verfahren gibt es jedoch nicht.',
      'Für alle Projekte gilt ein festgelegtes Änderungssteuerungsverfahren mit Toleranzen und Eskalation.',
      'Anzahl und Auswirkungen der Änderungen werden ausgewertet, und das Verfahren wird über Kennzahlen gesteuert.',
      'Die Änderungssteuerung wird laufend optimiert, und die Ursachen wiederkehrender Änderungen werden an der Quelle beseitigt.'
    ]],
    fr: ['Comment les modifications du périmètre, des délais et des coûts sont-elles maîtrisées ?', [
      'Les modifications sont acceptées au fil de l’eau, sans en évaluer l’impact.',
      'Certains projets enregistrent les modifications et en évaluent l’impact, mais sans procédure commune.',
      'Une procédure définie de maîtrise des modifications, avec tolérances et escalade, s’applique à tous les projets.',
      'Le nombre de modifications et leurs effets sont analysés, et la procédure est pilotée par des indicateurs.',
      'La maîtrise des modifications est optimisée en continu, et les causes des modifications récurrentes sont traitées à la source.'
    ]],
    nl: ['Hoe worden wijzigingen in scope, planning en kosten beheerst?', [
      'Wijzigingen worden geaccepteerd zoals ze komen, zonder de impact te beoordelen.',
      'Sommige projecten registreren wijzigingen en beoordelen de impact, maar er is geen gemeenschappelijke procedure.',
      'Voor alle projecten geldt een vastgelegde procedure voor wijzigingsbeheer met toleranties en escalatie.',
      'Het aantal wijzigingen en hun effecten worden geanalyseerd, en de procedure wordt met kengetallen gestuurd.',
      'Het wijzigingsbeheer wordt voortdurend geoptimaliseerd, en de oorzaken van terugkerende wijzigingen worden bij de bron weggenomen.'
    ]],
    it: ['Come vengono controllate le modifiche ad ambito, tempi e costi?', [
      'Le modifiche vengono accettate man mano che si presentano, senza valutarne l’impatto.',
      'Alcuni progetti registrano le modifiche e ne valutano l’impatto, ma non esiste una procedura comune.',
      'Una procedura definita di controllo delle modifiche, con tolleranze ed escalation, si applica a tutti i progetti.',
      'Il numero delle modifiche e i loro effetti vengono analizzati, e la procedura è governata tramite indicatori.',
      'Il controllo delle modifiche viene ottimizzato di continuo, e le cause delle modifiche ricorrenti vengono eliminate alla radice.'
    ]]
  }),
  entry('ManagementControl', 3, {
    en: ['How are lessons learned captured and used in your organisation?', [
      'Lessons are rarely recorded and are lost when the project team disbands.',
      'Some projects hold lessons-learned sessions, but the results are seldom reused.',
      'Lessons are recorded in a common log and consulted when new projects are planned.',
      'Lessons are analysed across projects, and the resulting improvements are tracked until they take effect.',
      'Learning is embedded: the organisation adapts its methods quickly and shares knowledge proactively.'
    ]],
    de: ['Wie werden Erfahrungen (Lessons Learned) in Ihrer Organisation erfasst und genutzt?', [
      'Erfahrungen werden selten festgehalten und gehen verloren, wenn sich das Projektteam auflöst.',
      'Einige Projekte führen Lessons-Learned-Workshops durch, die Ergebnisse werden jedoch selten wiederverwendet.',
      'Erfahrungen werden in einem gemeinsamen Erfahrungsprotokoll festgehalten und bei der Planung neuer Projekte herangezogen.',
      'Erfahrungen werden projektübergreifend ausgewertet, und die daraus abgeleiteten Verbesserungen werden bis zu ihrer Wirkung verfolgt.',
      'Lernen ist fest verankert: Die Organisation passt ihre Methoden rasch an und teilt Wissen aktiv.'
    ]],
    fr: ['Dans votre organisation, comment les retours d’expérience sont-ils recueillis et exploités ?', [
      'Les enseignements sont rarement consignés et se perdent quand l’équipe projet se disperse.',
      'Certains projets organisent des bilans de retour d’expérience, mais leurs résultats sont rarement réutilisés.',
      'Les enseignements sont consignés dans un registre commun et consultés lors de la planification de nouveaux projets.',
      'Les enseignements sont analysés d’un projet à l’autre, et les améliorations qui en découlent sont suivies jusqu’à ce qu’elles produisent leur effet.',
      'L’apprentissage est ancré dans la culture : l’organisation adapte rapidement ses méthodes et partage ses connaissances de manière proactive.'
    ]],
    nl: ['Hoe worden geleerde lessen in uw organisatie vastgelegd en benut?', [
      'Lessen worden zelden vastgelegd en gaan verloren wanneer het projectteam uiteengaat.',
      'Sommige projecten houden evaluatiesessies, maar de uitkomsten worden zelden hergebruikt.',
      'Lessen worden vastgelegd in een gemeenschappelijk lessenlogboek en geraadpleegd bij het plannen van nieuwe projecten.',
      'Lessen worden projectoverstijgend geanalyseerd, en de verbeteringen die eruit volgen worden gevolgd tot ze effect hebben.',
      'Leren is verankerd: de organisatie past haar methoden snel aan en deelt kennis actief.'
    ]],
    it: ['Come vengono raccolte e utilizzate le lezioni apprese nella Sua organizzazione?', [
      'Le lezioni vengono registrate di rado e vanno perse quando il team di progetto si scioglie.',
      'Alcuni progetti organizzano sessioni sulle lezioni apprese, ma i risultati vengono riutilizzati raramente.',
      'Le lezioni vengono annotate in un registro comune e consultate quando si pianificano nuovi progetti.',
      'Le lezioni vengono analizzate trasversalmente ai progetti, e i miglioramenti che ne derivano sono seguiti fino a quando producono effetto.',
      'L’apprendimento è radicato: l’organizzazione adatta rapidamente i propri metodi e condivide la conoscenza in modo proattivo.'
    ]]
  })
];

const BENEFITS_MANAGEMENT: IQuestionnaireEntry[] = [
  entry('BenefitsManagement', 1, {
    en: ['How are the expected benefits of projects identified and defined?', [
      'Benefits are described in general terms, if at all.',
      'Larger projects describe their benefits in the business case, but without measures or owners.',
      'Every business case defines measurable benefits with owners, baselines and targets, using a common approach.',
      'Benefit forecasts are compared with actual results, and the accuracy of forecasts is measured.',
      'How benefits are defined is improved continually from the realised results of past investments.'
    ]],
    de: ['Wie werden die erwarteten Nutzen von Projekten ermittelt und festgelegt?', [
      'Nutzen werden, wenn überhaupt, nur allgemein beschrieben.',
      'Größere Projekte beschreiben ihre Nutzen im Business Case, jedoch ohne Messgrößen oder Verantwortliche.',
      'Jeder Business Case legt nach einem einheitlichen Vorgehen messbare Nutzen mit Verantwortlichen, Ausgangswerten und Zielwerten fest.',
      'Nutzenprognosen werden mit den tatsächlichen Ergebnissen verglichen, und die Treffsicherheit der Prognosen wird gemessen.',
      'Die Festlegung von Nutzen wird anhand der realisierten Ergebnisse früherer Investitionen laufend verbessert.'
    ]],
    fr: ['Comment les bénéfices attendus des projets sont-ils identifiés et définis ?', [
      'Les bénéfices sont décrits en termes généraux, quand ils le sont.',
      'Les grands projets décrivent leurs bénéfices dans le dossier d’investissement, mais sans indicateurs ni responsables.',
      'Chaque dossier d’investissement définit, selon une approche commune, des bénéfices mesurables avec responsables, valeurs de référence et cibles.',
      'Les prévisions de bénéfices sont comparées aux résultats réels, et la fiabilité des prévisions est mesurée.',
      'La définition des bénéfices est améliorée en continu à partir des résultats obtenus par les investissements passés.'
    ]],
    nl: ['Hoe worden de verwachte baten van projecten bepaald en vastgelegd?', [
      'Baten worden, als dat al gebeurt, in algemene termen beschreven.',
      'Grotere projecten beschrijven hun baten in de business case, maar zonder meetpunten of eigenaren.',
      'Elke business case legt volgens een gemeenschappelijke aanpak meetbare baten vast met eigenaren, nulmetingen en streefwaarden.',
      'Batenprognoses worden vergeleken met de werkelijke resultaten, en de nauwkeurigheid van de prognoses wordt gemeten.',
      'Het vastleggen van baten wordt voortdurend verbeterd op basis van de gerealiseerde resultaten van eerdere investeringen.'
    ]],
    it: ['Come vengono individuati e definiti i benefici attesi dei progetti?', [
      'I benefici vengono descritti in termini generici, quando lo sono.',
      'I progetti più grandi descrivono i benefici nel business case, ma senza indicatori né responsabili.',
      'Ogni business case definisce, con un approccio comune, benefici misurabili con responsabili, valori di partenza e obiettivi.',
      'Le previsioni dei benefici vengono confrontate con i risultati effettivi, e l’accuratezza delle previsioni viene misurata.',
      'La definizione dei benefici viene migliorata di continuo in base ai risultati ottenuti dagli investimenti passati.'
    ]]
  }),
  entry('BenefitsManagement', 2, {
    en: ['How is the realisation of benefits tracked after delivery?', [
      'Nobody follows up whether benefits occur once a project has closed.',
      'Some benefit owners follow up on benefits, but on their own initiative.',
      'A benefits realisation plan is followed for every project, with benefit reviews after handover.',
      'Benefit realisation is measured and reported across the portfolio, and shortfalls lead to corrective action.',
      'Benefits management is part of the organisation’s performance management and is refined continually.'
    ]],
    de: ['Wie wird die Nutzenrealisierung nach der Übergabe verfolgt?', [
      'Niemand verfolgt, ob die Nutzen eintreten, nachdem ein Projekt abgeschlossen ist.',
      'Einige Nutzenverantwortliche verfolgen die Nutzen nach, jedoch aus eigener Initiative.',
      'Für jedes Projekt wird ein Nutzenrealisierungsplan befolgt, mit Nutzenüberprüfungen nach der Übergabe.',
      'Die Nutzenrealisierung wird im gesamten Portfolio gemessen und berichtet, und Abweichungen führen zu Korrekturmaßnahmen.',
      'Das Nutzenmanagement ist Teil der Unternehmenssteuerung und wird laufend weiterentwickelt.'
    ]],
    fr: ['Comment la réalisation des bénéfices est-elle suivie après la livraison ?', [
      'Personne ne vérifie si les bénéfices se concrétisent une fois le projet clôturé.',
      'Certains responsables des bénéfices en assurent le suivi, mais de leur propre initiative.',
      'Un plan de réalisation des bénéfices est suivi pour chaque projet, avec des revues des bénéfices après le transfert à l’exploitation.',
      'La réalisation des bénéfices est mesurée et suivie sur l’ensemble du portefeuille, et les écarts donnent lieu à des mesures correctives.',
      'La gestion des bénéfices fait partie du pilotage de la performance de l’organisation et est affinée en continu.'
    ]],
    nl: ['Hoe wordt de realisatie van baten na de oplevering gevolgd?', [
      'Niemand gaat na of de baten optreden nadat een project is afgesloten.',
      'Sommige baateigenaren volgen de baten op, maar op eigen initiatief.',
      'Voor elk project wordt een batenrealisatieplan gevolgd, met batenreviews na de overdracht.',
      'De batenrealisatie wordt over het hele portfolio gemeten en gerapporteerd, en tekorten leiden tot corrigerende maatregelen.',
      'Batenmanagement maakt deel uit van de prestatiesturing van de organisatie en wordt voortdurend verfijnd.'
    ]],
    it: ['Come viene monitorata la realizzazione dei benefici dopo la consegna?', [
      'Nessuno verifica se i benefici si concretizzano una volta chiuso il progetto.',
      'Alcuni responsabili dei benefici ne seguono la realizzazione, ma di propria iniziativa.',
      'Per ogni progetto si segue un piano di realizzazione dei benefici, con revisioni dei benefici dopo il passaggio all’esercizio.',
      'La realizzazione dei benefici viene misurata e rendicontata sull’intero portafoglio, e gli scostamenti portano ad azioni correttive.',
      'La gestione dei benefici fa parte della gestione delle prestazioni dell’organizzazione e viene affinata di continuo.'
    ]]
  }),
  entry('BenefitsManagement', 3, {
    en: ['How are dis-benefits and the dependencies between benefits handled?', [
      'Negative side effects and dependencies between benefits are not considered.',
      'Dis-benefits are discussed on some projects, but not documented consistently.',
      'Benefit maps show how outputs lead to outcomes and benefits, dis-benefits included, using a standard method.',
      'Dependencies and dis-benefits are quantified and monitored across projects and programmes.',
      'Insights from benefit maps are used to optimise the mix of investments across the whole portfolio.'
    ]],
    de: ['Wie wird mit negativen Nutzen (Dis-Benefits) und Abhängigkeiten zwischen Nutzen umgegangen?', [
      'Negative Nebenwirkungen und Abhängigkeiten zwischen Nutzen werden nicht betrachtet.',
      'In einigen Projekten werden negative Nutzen besprochen, jedoch nicht durchgängig dokumentiert.',
      'Nutzenlandkarten zeigen nach einer Standardmethode, wie Ergebnisse zu Wirkungen und Nutzen führen, negative Nutzen eingeschlossen.',
      'Abhängigkeiten und negative Nutzen werden über Projekte und Programme hinweg quantifiziert und überwacht.',
      'Erkenntnisse aus den Nutzenlandkarten werden genutzt, um die Zusammensetzung der Investitionen im gesamten Portfolio zu optimieren.'
    ]],
    fr: ['Comment les effets négatifs et les dépendances entre bénéfices sont-ils pris en compte ?', [
      'Les effets secondaires négatifs et les dépendances entre bénéfices ne sont pas pris en compte.',
      'Les effets négatifs sont évoqués sur certains projets, mais pas documentés de manière systématique.',
      'Des cartes des bénéfices montrent, selon une méthode standard, comment les livrables mènent aux résultats et aux bénéfices, effets négatifs compris.',
      'Les dépendances et les effets négatifs sont quantifiés et suivis à travers les projets et les programmes.',
      'Les enseignements des cartes des bénéfices servent à optimiser la composition des investissements de l’ensemble du portefeuille.'
    ]],
    nl: ['Hoe wordt omgegaan met negatieve baten en met afhankelijkheden tussen baten?', [
      'Negatieve neveneffecten en afhankelijkheden tussen baten worden niet meegenomen.',
      'Bij sommige projecten komen negatieve baten ter sprake, maar ze worden niet consequent vastgelegd.',
      'Batenkaarten laten volgens een standaardmethode zien hoe resultaten leiden tot effecten en baten, negatieve baten inbegrepen.',
      'Afhankelijkheden en negatieve baten worden over projecten en programma’s heen gekwantificeerd en bewaakt.',
      'Inzichten uit de batenkaarten worden gebruikt om de samenstelling van de investeringen in het hele portfolio te optimaliseren.'
    ]],
    it: ['Come vengono gestiti i dis-benefici e le dipendenze tra i benefici?', [
      'Gli effetti collaterali negativi e le dipendenze tra i benefici non vengono considerati.',
      'In alcuni progetti si discute dei dis-benefici, ma non vengono documentati in modo coerente.',
      'Mappe dei benefici mostrano, con un metodo standard, come i prodotti portano a risultati e benefici, dis-benefici compresi.',
      'Le dipendenze e i dis-benefici vengono quantificati e monitorati trasversalmente a progetti e programmi.',
      'Le indicazioni delle mappe dei benefici servono a ottimizzare la composizione degli investimenti dell’intero portafoglio.'
    ]]
  })
];

const RISK_MANAGEMENT: IQuestionnaireEntry[] = [
  entry('RiskManagement', 1, {
    en: ['How are project risks identified and assessed in your organisation?', [
      'Risks are discussed informally once problems are already visible.',
      'Some projects keep risk registers, but the ways of assessing risks vary.',
      'A common risk management procedure with defined scales for probability and impact applies to all projects.',
      'Risk exposure is quantified and aggregated across projects, and the effectiveness of responses is measured.',
      'Risk management is embedded in decision-making and improved continually from the analysis of outcomes.'
    ]],
    de: ['Wie werden Projektrisiken in Ihrer Organisation erkannt und bewertet?', [
      'Risiken werden informell besprochen, wenn die Probleme bereits sichtbar sind.',
      'Einige Projekte führen ein Risikoregister, die Bewertungsmethoden sind jedoch unterschiedlich.',
      'Für alle Projekte gilt ein gemeinsames Risikomanagementverfahren mit festgelegten Skalen für Eintrittswahrscheinlichkeit und Auswirkung.',
      'Die Risikoexposition wird quantifiziert und projektübergreifend verdichtet, und die Wirksamkeit der Maßnahmen wird gemessen.',
      'Das Risikomanagement ist in die Entscheidungsfindung eingebunden und wird anhand der Auswertung der Ergebnisse laufend verbessert.'
    ]],
    fr: ['Dans votre organisation, comment les risques des projets sont-ils identifiés et évalués ?', [
      'Les risques sont évoqués de manière informelle quand les problèmes sont déjà visibles.',
      'Certains projets tiennent un registre des risques, mais les modes d’évaluation varient.',
      'Une procédure commune de gestion des risques, avec des échelles définies de probabilité et d’impact, s’applique à tous les projets.',
      'L’exposition aux risques est quantifiée et consolidée entre les projets, et l’efficacité des réponses est mesurée.',
      'La gestion des risques est intégrée à la prise de décision et améliorée en continu à partir de l’analyse des résultats.'
    ]],
    nl: ['Hoe worden projectrisico’s in uw organisatie geïdentificeerd en beoordeeld?', [
      'Risico’s worden informeel besproken wanneer de problemen al zichtbaar zijn.',
      'Sommige projecten houden een risicoregister bij, maar de manier van beoordelen verschilt.',
      'Voor alle projecten geldt een gemeenschappelijke procedure voor risicomanagement met vastgelegde schalen voor kans en impact.',
      'De risicoblootstelling wordt gekwantificeerd en over projecten heen samengevoegd, en de effectiviteit van maatregelen wordt gemeten.',
      'Risicomanagement is verankerd in de besluitvorming en wordt voortdurend verbeterd op basis van de analyse van uitkomsten.'
    ]],
    it: ['Come vengono identificati e valutati i rischi di progetto nella Sua organizzazione?', [
      'Dei rischi si parla in modo informale quando i problemi sono già evidenti.',
      'Alcuni progetti tengono un registro dei rischi, ma i criteri di valutazione variano.',
      'Una procedura comune di gestione dei rischi, con scale definite di probabilità e impatto, si applica a tutti i progetti.',
      'L’esposizione al rischio viene quantificata e aggregata tra i progetti, e l’efficacia delle risposte viene misurata.',
      'La gestione dei rischi è integrata nel processo decisionale e viene migliorata di continuo in base all’analisi dei risultati.'
    ]]
  }),
  entry('RiskManagement', 2, {
    en: ['How are responses to risks planned and who owns them?', [
      'Nobody is clearly responsible for responding to risks.',
      'Responses are planned for the biggest risks, depending on the project manager.',
      'Every significant risk has an owner and a planned response, reviewed at defined intervals.',
      'The cost and effect of responses are tracked, and risk budgets and contingencies are managed quantitatively.',
      'Response strategies are refined from experience, and opportunities are pursued as actively as threats are reduced.'
    ]],
    de: ['Wie werden Risikomaßnahmen geplant, und wer ist dafür verantwortlich?', [
      'Niemand ist eindeutig dafür verantwortlich, auf Risiken zu reagieren.',
      'Für die größten Risiken werden Maßnahmen geplant, abhängig vom jeweiligen Projektleiter.',
      'Jedes wesentliche Risiko hat einen Risikoeigner und eine geplante Maßnahme, die in festgelegten Abständen überprüft wird.',
      'Kosten und Wirkung der Maßnahmen werden verfolgt, und Risikobudgets und Reserven werden quantitativ gesteuert.',
      'Maßnahmenstrategien werden anhand von Erfahrungen weiterentwickelt, und Chancen werden ebenso aktiv genutzt, wie Bedrohungen verringert werden.'
    ]],
    fr: ['Comment les réponses aux risques sont-elles planifiées, et qui en est responsable ?', [
      'Personne n’est clairement chargé de répondre aux risques.',
      'Des réponses sont prévues pour les risques les plus importants, selon le chef de projet.',
      'Chaque risque significatif a un propriétaire et une réponse planifiée, revue à intervalles définis.',
      'Le coût et l’effet des réponses sont suivis, et les budgets de risque et les provisions sont pilotés de manière quantitative.',
      'Les stratégies de réponse sont affinées par l’expérience, et les opportunités sont exploitées aussi activement que les menaces sont réduites.'
    ]],
    nl: ['Hoe worden beheersmaatregelen voor risico’s gepland, en wie is er eigenaar van?', [
      'Niemand is duidelijk verantwoordelijk voor het reageren op risico’s.',
      'Voor de grootste risico’s worden maatregelen gepland, afhankelijk van de projectmanager.',
      'Elk belangrijk risico heeft een eigenaar en een geplande maatregel, die op vaste momenten wordt herzien.',
      'Kosten en effect van maatregelen worden gevolgd, en risicobudgetten en reserves worden kwantitatief beheerd.',
      'Strategieën voor maatregelen worden op basis van ervaring verfijnd, en kansen worden even actief benut als bedreigingen worden verkleind.'
    ]],
    it: ['Come vengono pianificate le risposte ai rischi e chi ne è responsabile?', [
      'Nessuno è chiaramente responsabile di rispondere ai rischi.',
      'Si pianificano risposte per i rischi maggiori, a seconda del project manager.',
      'Ogni rischio significativo ha un responsabile e una risposta pianificata, riesaminata a intervalli definiti.',
      'Costi ed effetti delle risposte vengono monitorati, e i budget di rischio e le riserve sono gestiti in modo quantitativo.',
      'Le strategie di risposta vengono affinate in base all’esperienza, e le opportunità vengono colte con la stessa determinazione con cui si riducono le minacce.'
    ]]
  }),
  entry('RiskManagement', 3, {
    en: ['How are risks escalated and managed across projects and programmes?', [
      'Risks stay within individual projects; there is no way to escalate them.',
      'Major risks are escalated informally through personal contacts.',
      'Defined escalation thresholds and a portfolio risk register link project, programme and organisational risks.',
      'Interdependent risks across the portfolio are analysed and steered with metrics at board level.',
      'The organisation’s risk appetite is set, reviewed and adapted continually, and guides the whole portfolio.'
    ]],
    de: ['Wie werden Risiken über Projekte und Programme hinweg eskaliert und gesteuert?', [
      'Risiken bleiben in den einzelnen Projekten; einen Eskalationsweg gibt es nicht.',
      'Größere Risiken werden informell über persönliche Kontakte eskaliert.',
      'Festgelegte Eskalationsschwellen und ein Portfolio-Risikoregister verbinden Projekt-, Programm- und Unternehmensrisiken.',
      'Wechselseitig abhängige Risiken im Portfolio werden analysiert und auf Leitungsebene über Kennzahlen gesteuert.',
      'Die Risikobereitschaft der Organisation wird festgelegt, laufend überprüft und angepasst und leitet das gesamte Portfolio.'
    ]],
    fr: ['Comment les risques sont-ils remontés et gérés entre les projets et les programmes ?', [
      'Les risques restent cantonnés à chaque projet ; il n’existe aucune voie d’escalade.',
      'Les risques majeurs sont remontés de manière informelle, par des contacts personnels.',
      'Des seuils d’escalade définis et un registre des risques du portefeuille relient les risques des projets, des programmes et de l’organisation.',
      'Les risques interdépendants du portefeuille sont analysés et pilotés par des indicateurs au niveau de la direction.',
      'L’appétence au risque de l’organisation est fixée, revue et ajustée en continu, et oriente l’ensemble du portefeuille.'
    ]],
    nl: ['Hoe worden risico’s over projecten en programma’s heen geëscaleerd en beheerst?', [
      'Risico’s blijven binnen de afzonderlijke projecten; er is geen escalatiepad.',
      'Grote risico’s worden informeel via persoonlijke contacten geëscaleerd.',
      'Vastgelegde escalatiedrempels en een risicoregister van het portfolio verbinden project-, programma- en organisatierisico’s.',
      'Onderling afhankelijke risico’s in het portfolio worden geanalyseerd en op directieniveau met kengetallen gestuurd.',
      'De risicobereidheid van de organisatie wordt vastgesteld, voortdurend herzien en bijgesteld, en stuurt het hele portfolio.'
    ]],
    it: ['Come vengono segnalati ai livelli superiori e gestiti i rischi che riguardano più progetti e programmi?', [
      'I rischi restano all’interno dei singoli progetti; non esiste un percorso di escalation.',
      'I rischi principali vengono segnalati in modo informale tramite contatti personali.',
      'Soglie di escalation definite e un registro dei rischi di portafoglio collegano i rischi di progetti, programmi e organizzazione.',
      'I rischi interdipendenti del portafoglio vengono analizzati e governati con indicatori a livello di direzione.',
      'La propensione al rischio dell’organizzazione viene stabilita, riesaminata e adattata di continuo, e orienta l’intero portafoglio.'
    ]]
  })
];

const STAKEHOLDER_MANAGEMENT: IQuestionnaireEntry[] = [
  entry('StakeholderManagement', 1, {
    en: ['How are stakeholders identified and analysed?', [
      'Stakeholders are considered only when they raise concerns.',
      'Some projects list their stakeholders, but interest and influence are rarely analysed.',
      'Every project analyses its stakeholders with a common method, such as an influence and interest grid.',
      'Stakeholders’ attitudes and engagement are measured over time and used to steer the project.',
      'Stakeholder analysis is improved continually, and insights are shared across the portfolio.'
    ]],
    de: ['Wie werden Stakeholder ermittelt und analysiert?', [
      'Stakeholder werden erst berücksichtigt, wenn sie Bedenken äußern.',
      'Einige Projekte führen eine Stakeholderliste, Interessen und Einfluss werden jedoch selten analysiert.',
      'Jedes Projekt analysiert seine Stakeholder mit einer einheitlichen Methode, etwa einer Einfluss-Interesse-Matrix.',
      'Haltung und Einbindung der Stakeholder werden im Zeitverlauf gemessen und zur Steuerung des Projekts genutzt.',
      'Die Stakeholderanalyse wird laufend verbessert, und Erkenntnisse werden im gesamten Portfolio geteilt.'
    ]],
    fr: ['Comment les parties prenantes sont-elles identifiées et analysées ?', [
      'Les parties prenantes ne sont prises en compte que lorsqu’elles expriment des inquiétudes.',
      'Certains projets listent leurs parties prenantes, mais leurs intérêts et leur influence sont rarement analysés.',
      'Chaque projet analyse ses parties prenantes selon une méthode commune, par exemple une matrice influence-intérêt.',
      'L’attitude et l’implication des parties prenantes sont mesurées dans le temps et servent à piloter le projet.',
      'L’analyse des parties prenantes est améliorée en continu, et les enseignements sont partagés dans tout le portefeuille.'
    ]],
    nl: ['Hoe worden belanghebbenden geïdentificeerd en geanalyseerd?', [
      'Met belanghebbenden wordt pas rekening gehouden wanneer ze zorgen uiten.',
      'Sommige projecten maken een lijst van belanghebbenden, maar belang en invloed worden zelden geanalyseerd.',
      'Elk project analyseert zijn belanghebbenden met een gemeenschappelijke methode, zoals een invloed-belangmatrix.',
      'De houding en betrokkenheid van belanghebbenden worden in de tijd gemeten en gebruikt om het project bij te sturen.',
      'De analyse van belanghebbenden wordt voortdurend verbeterd, en inzichten worden in het hele portfolio gedeeld.'
    ]],
    it: ['Come vengono identificati e analizzati gli stakeholder?', [
      'Gli stakeholder vengono considerati solo quando sollevano preoccupazioni.',
      'Alcuni progetti elencano i propri stakeholder, ma interessi e influenza vengono analizzati di rado.',
      'Ogni progetto analizza i propri stakeholder con un metodo comune, ad esempio una matrice influenza-interesse.',
      'L’atteggiamento e il coinvolgimento degli stakeholder vengono misurati nel tempo e usati per guidare il progetto.',
      'L’analisi degli stakeholder viene migliorata di continuo, e le conoscenze acquisite vengono condivise in tutto il portafoglio.'
    ]]
  }),
  entry('StakeholderManagement', 2, {
    en: ['How is communication with stakeholders planned?', [
      'Communication is ad hoc and mostly reactive.',
      'Larger projects have a communication plan, but whether it is used depends on the project manager.',
      'Every project has a communication plan based on a standard template, with defined channels and responsibilities.',
      'The effectiveness of communication is measured, for example through surveys, and the plan is adjusted accordingly.',
      'Communication is coordinated across the portfolio and improved continually from feedback.'
    ]],
    de: ['Wie wird die Kommunikation mit den Stakeholdern geplant?', [
      'Kommunikation erfolgt anlassbezogen und überwiegend reaktiv.',
      'Größere Projekte haben einen Kommunikationsplan; ob er genutzt wird, hängt jedoch vom Projektleiter ab.',
      'Jedes Projekt hat einen Kommunikationsplan nach einer Standardvorlage, mit festgelegten Kanälen und Zuständigkeiten.',
      'Die Wirksamkeit der Kommunikation wird gemessen, etwa durch Umfragen, und der Plan wird entsprechend angepasst.',
      'Die Kommunikation wird im gesamten Portfolio abgestimmt und anhand von Rückmeldungen laufend verbessert.'
    ]],
    fr: ['Comment la communication avec les parties prenantes est-elle planifiée ?', [
      'La communication se fait au cas par cas et reste surtout réactive.',
      'Les grands projets ont un plan de communication, mais son utilisation dépend du chef de projet.',
      'Chaque projet dispose d’un plan de communication établi sur un modèle standard, avec des canaux et des responsabilités définis.',
      'L’efficacité de la communication est mesurée, par exemple par des enquêtes, et le plan est ajusté en conséquence.',
      'La communication est coordonnée à l’échelle du portefeuille et améliorée en continu à partir des retours.'
    ]],
    nl: ['Hoe wordt de communicatie met belanghebbenden gepland?', [
      'Communicatie gebeurt ad hoc en is meestal reactief.',
      'Grotere projecten hebben een communicatieplan, maar of het wordt gebruikt, hangt af van de projectmanager.',
      'Elk project heeft een communicatieplan op basis van een standaardsjabloon, met vastgelegde kanalen en verantwoordelijkheden.',
      'De effectiviteit van de communicatie wordt gemeten, bijvoorbeeld met enquêtes, en het plan wordt daarop aangepast.',
      'De communicatie wordt over het hele portfolio afgestemd en op basis van feedback voortdurend verbeterd.'
    ]],
    it: ['Come viene pianificata la comunicazione con gli stakeholder?', [
      'La comunicazione avviene caso per caso ed è per lo più reattiva.',
      'I progetti più grandi hanno un piano di comunicazione, ma il suo utilizzo dipende dal project manager.',
      'Ogni progetto ha un piano di comunicazione basato su un modello standard, con canali e responsabilità definiti.',
      'L’efficacia della comunicazione viene misurata, ad esempio con sondaggi, e il piano viene adeguato di conseguenza.',
      'La comunicazione è coordinata sull’intero portafoglio e migliorata di continuo in base ai riscontri ricevuti.'
    ]]
  }),
  entry('StakeholderManagement', 3, {
    en: ['How are stakeholders involved in decisions and in business change?', [
      'Stakeholders are informed after decisions have been taken.',
      'Key stakeholders are consulted on some projects, depending on personal relationships.',
      'How stakeholders take part in key decisions and in business change is defined in the method and followed.',
      'Support and resistance are monitored, and engagement activities are managed against measurable targets.',
      'Stakeholders actively shape the portfolio, and engagement practices are reviewed and improved regularly.'
    ]],
    de: ['Wie werden Stakeholder in Entscheidungen und in Veränderungen der Organisation eingebunden?', [
      'Stakeholder werden informiert, nachdem Entscheidungen gefallen sind.',
      'Wichtige Stakeholder werden in einigen Projekten konsultiert, abhängig von persönlichen Beziehungen.',
      'Wie Stakeholder an wichtigen Entscheidungen und an Veränderungen mitwirken, ist in der Methode festgelegt und wird eingehalten.',
      'Unterstützung und Widerstand werden beobachtet, und Maßnahmen zur Einbindung werden an messbaren Zielen ausgerichtet.',
      'Stakeholder gestalten das Portfolio aktiv mit, und die Formen der Einbindung werden regelmäßig überprüft und verbessert.'
    ]],
    fr: ['Comment les parties prenantes sont-elles associées aux décisions et à la conduite du changement ?', [
      'Les parties prenantes sont informées une fois les décisions prises.',
      'Les principales parties prenantes sont consultées sur certains projets, selon les relations personnelles.',
      'La participation des parties prenantes aux décisions clés et à la conduite du changement est définie dans la méthode et respectée.',
      'L’adhésion et les résistances sont suivies, et les actions d’implication sont pilotées selon des objectifs mesurables.',
      'Les parties prenantes contribuent activement au portefeuille, et les pratiques d’implication sont revues et améliorées régulièrement.'
    ]],
    nl: ['Hoe worden belanghebbenden betrokken bij beslissingen en bij veranderingen in de organisatie?', [
      'Belanghebbenden worden geïnformeerd nadat beslissingen zijn genomen.',
      'Bij sommige projecten worden de belangrijkste belanghebbenden geraadpleegd, afhankelijk van persoonlijke relaties.',
      'Hoe belanghebbenden meebeslissen over belangrijke keuzes en veranderingen is in de methode vastgelegd en wordt nageleefd.',
      'Draagvlak en weerstand worden gevolgd, en betrokkenheidsactiviteiten worden gestuurd op meetbare doelen.',
      'Belanghebbenden geven het portfolio actief mee vorm, en de manier van betrekken wordt regelmatig herzien en verbeterd.'
    ]],
    it: ['Come vengono coinvolti gli stakeholder nelle decisioni e nel cambiamento organizzativo?', [
      'Gli stakeholder vengono informati a decisioni già prese.',
      'In alcuni progetti gli stakeholder principali vengono consultati, a seconda dei rapporti personali.',
      'La partecipazione degli stakeholder alle decisioni chiave e al cambiamento è definita nel metodo e viene rispettata.',
      'Consenso e resistenze vengono monitorati, e le attività di coinvolgimento sono gestite rispetto a obiettivi misurabili.',
      'Gli stakeholder contribuiscono attivamente a definire il portafoglio, e le modalità di coinvolgimento vengono riesaminate e migliorate con regolarità.'
    ]]
  })
];

const FINANCE_MANAGEMENT: IQuestionnaireEntry[] = [
  entry('FinanceManagement', 1, {
    en: ['How are project budgets prepared and approved?', [
      'Budgets are rough estimates without a common basis.',
      'Larger projects prepare cost estimates, but methods and level of detail vary.',
      'Business cases with cost estimates based on a common method, and approval thresholds, apply to all projects.',
      'Estimates are compared with actual costs, and the accuracy of estimating is measured and improved.',
      'Financial planning of the portfolio is optimised continually, using historical data and benchmarks.'
    ]],
    de: ['Wie werden Projektbudgets erstellt und genehmigt?', [
      'Budgets sind grobe Schätzungen ohne gemeinsame Grundlage.',
      'Größere Projekte erstellen Kostenschätzungen, Methoden und Detaillierungsgrad sind jedoch unterschiedlich.',
      'Für alle Projekte gelten Business Cases mit Kostenschätzungen nach einer einheitlichen Methode sowie Genehmigungsgrenzen.',
      'Schätzungen werden mit den Ist-Kosten verglichen, und die Schätzgenauigkeit wird gemessen und verbessert.',
      'Die Finanzplanung des Portfolios wird anhand historischer Daten und Benchmarks laufend optimiert.'
    ]],
    fr: ['Comment les budgets des projets sont-ils établis et approuvés ?', [
      'Les budgets sont des estimations sommaires, sans base commune.',
      'Les grands projets établissent des estimations de coûts, mais les méthodes et le niveau de détail varient.',
      'Des dossiers d’investissement, avec des estimations de coûts selon une méthode commune, et des seuils d’approbation s’appliquent à tous les projets.',
      'Les estimations sont comparées aux coûts réels, et la précision des estimations est mesurée et améliorée.',
      'La planification financière du portefeuille est optimisée en continu à l’aide de données historiques et d’analyses comparatives.'
    ]],
    nl: ['Hoe worden projectbudgetten opgesteld en goedgekeurd?', [
      'Budgetten zijn ruwe schattingen zonder gemeenschappelijke basis.',
      'Grotere projecten maken kostenramingen, maar methoden en detailniveau verschillen.',
      'Voor alle projecten gelden business cases met kostenramingen volgens een gemeenschappelijke methode, en goedkeuringsdrempels.',
      'Ramingen worden vergeleken met de werkelijke kosten, en de nauwkeurigheid van het ramen wordt gemeten en verbeterd.',
      'De financiële planning van het portfolio wordt voortdurend geoptimaliseerd met historische gegevens en benchmarks.'
    ]],
    it: ['Come vengono predisposti e approvati i budget dei progetti?', [
      'I budget sono stime approssimative, senza una base comune.',
      'I progetti più grandi predispongono stime dei costi, ma metodi e livello di dettaglio variano.',
      'A tutti i progetti si applicano business case con stime dei costi secondo un metodo comune e soglie di approvazione.',
      'Le stime vengono confrontate con i costi effettivi, e l’accuratezza delle stime viene misurata e migliorata.',
      'La pianificazione finanziaria del portafoglio viene ottimizzata di continuo con dati storici e benchmark.'
    ]]
  }),
  entry('FinanceManagement', 2, {
    en: ['How are costs monitored and controlled while a project runs?', [
      'Costs become known only when the finance department reports them, often late.',
      'Some projects track costs against the budget, each in its own way.',
      'Costs are tracked against the budget with standard reports, defined tolerances and escalation.',
      'Cost performance is measured with indicators such as earned value and the forecast at completion.',
      'Cost control is refined continually, and what is learned about cost drivers feeds back into estimating.'
    ]],
    de: ['Wie werden die Kosten während der Projektlaufzeit überwacht und gesteuert?', [
      'Die Kosten werden erst bekannt, wenn die Finanzabteilung sie meldet, oft zu spät.',
      'Einige Projekte verfolgen die Kosten gegen das Budget, jedes auf seine Weise.',
      'Die Kosten werden mit Standardberichten, festgelegten Toleranzen und Eskalation gegen das Budget verfolgt.',
      'Die Kostenentwicklung wird mit Kennzahlen wie dem Fertigstellungswert (Earned Value) und den voraussichtlichen Gesamtkosten gemessen.',
      'Die Kostensteuerung wird laufend verfeinert, und Erkenntnisse über Kostentreiber fließen in die Schätzung zurück.'
    ]],
    fr: ['Comment les coûts sont-ils suivis et maîtrisés pendant le déroulement d’un projet ?', [
      'Les coûts ne sont connus que lorsque la direction financière les communique, souvent tardivement.',
      'Certains projets suivent leurs coûts par rapport au budget, chacun à sa manière.',
      'Les coûts sont suivis par rapport au budget à l’aide de rapports standard, de tolérances définies et d’une procédure d’escalade.',
      'La performance des coûts est mesurée avec des indicateurs comme la valeur acquise et l’estimation à l’achèvement.',
      'La maîtrise des coûts est affinée en continu, et les enseignements sur les facteurs de coût alimentent les estimations.'
    ]],
    nl: ['Hoe worden de kosten tijdens de looptijd van een project bewaakt en beheerst?', [
      'De kosten worden pas bekend wanneer de financiële afdeling ze rapporteert, vaak laat.',
      'Sommige projecten volgen de kosten ten opzichte van het budget, elk op eigen wijze.',
      'De kosten worden met standaardrapportages, vastgelegde toleranties en escalatie afgezet tegen het budget.',
      'De kostenprestatie wordt gemeten met indicatoren zoals earned value en de prognose bij voltooiing.',
      'De kostenbeheersing wordt voortdurend verfijnd, en inzichten over kostenbepalende factoren vloeien terug in het ramen.'
    ]],
    it: ['Come vengono monitorati e controllati i costi durante lo svolgimento di un progetto?', [
      'I costi diventano noti solo quando l’area amministrazione e finanza li comunica, spesso in ritardo.',
      'Alcuni progetti monitorano i costi rispetto al budget, ciascuno a modo proprio.',
      'I costi vengono monitorati rispetto al budget con rapporti standard, tolleranze definite ed escalation.',
      'L’andamento dei costi viene misurato con indicatori come l’earned value e la stima a finire.',
      'Il controllo dei costi viene affinato di continuo, e quanto appreso sui fattori di costo confluisce nelle stime.'
    ]]
  }),
  entry('FinanceManagement', 3, {
    en: ['How is funding allocated across the portfolio?', [
      'Funding follows each department’s annual budget, without a view of the portfolio.',
      'Funding for larger projects is discussed centrally, but without common criteria.',
      'Funding is allocated through a defined portfolio process with common prioritisation criteria.',
      'Funding decisions rest on the measured value and performance of the portfolio and are revisited during the year.',
      'Funds are reallocated dynamically to maximise value, and the allocation process is improved continually.'
    ]],
    de: ['Wie werden die Mittel auf das Portfolio verteilt?', [
      'Die Mittel folgen dem Jahresbudget der einzelnen Abteilungen, ohne Sicht auf das Portfolio.',
      'Die Finanzierung größerer Projekte wird zentral besprochen, jedoch ohne gemeinsame Kriterien.',
      'Die Mittel werden in einem festgelegten Portfolioprozess nach gemeinsamen Priorisierungskriterien vergeben.',
      'Finanzierungsentscheidungen beruhen auf dem gemessenen Wert und der Leistung des Portfolios und werden im Jahresverlauf überprüft.',
      'Die Mittel werden flexibel umgeschichtet, um den Wert zu maximieren, und der Vergabeprozess wird laufend verbessert.'
    ]],
    fr: ['Comment les financements sont-ils répartis au sein du portefeuille ?', [
      'Les financements suivent le budget annuel de chaque service, sans vision du portefeuille.',
      'Le financement des grands projets est discuté de manière centralisée, mais sans critères communs.',
      'Les financements sont attribués selon un processus de portefeuille défini, avec des critères de priorisation communs.',
      'Les décisions de financement reposent sur la valeur et la performance mesurées du portefeuille et sont réexaminées en cours d’année.',
      'Les fonds sont réaffectés de manière dynamique pour maximiser la valeur, et le processus d’attribution est amélioré en continu.'
    ]],
    nl: ['Hoe worden middelen over het portfolio verdeeld?', [
      'De middelen volgen het jaarbudget van elke afdeling, zonder zicht op het portfolio.',
      'De financiering van grotere projecten wordt centraal besproken, maar zonder gemeenschappelijke criteria.',
      'Middelen worden toegekend via een vastgelegd portfolioproces met gemeenschappelijke prioriteringscriteria.',
      'Financieringsbeslissingen steunen op de gemeten waarde en prestaties van het portfolio en worden in de loop van het jaar herzien.',
      'Middelen worden flexibel herverdeeld om de waarde te maximaliseren, en het toekenningsproces wordt voortdurend verbeterd.'
    ]],
    it: ['Come vengono ripartiti i finanziamenti all’interno del portafoglio?', [
      'I finanziamenti seguono il budget annuale di ciascuna funzione, senza una visione di portafoglio.',
      'Il finanziamento dei progetti più grandi viene discusso a livello centrale, ma senza criteri comuni.',
      'I finanziamenti vengono assegnati con un processo di portafoglio definito e criteri di prioritizzazione comuni.',
      'Le decisioni di finanziamento si basano sul valore e sulle prestazioni misurati del portafoglio e vengono riesaminate in corso d’anno.',
      'I fondi vengono riallocati in modo dinamico per massimizzare il valore, e il processo di assegnazione viene migliorato di continuo.'
    ]]
  })
];

const RESOURCE_MANAGEMENT: IQuestionnaireEntry[] = [
  entry('ResourceManagement', 1, {
    en: ['How are people and other resources planned for projects?', [
      'Resources are found when a project needs them, often at short notice.',
      'Some units plan their resources for projects, but there is no overall view.',
      'Resource needs are planned with a common process, and a central overview of capacity and demand exists.',
      'Capacity and utilisation are measured, and bottlenecks are anticipated and resolved across the portfolio.',
      'Resource planning is optimised continually and tied to strategic workforce planning.'
    ]],
    de: ['Wie werden Personal und andere Ressourcen für Projekte geplant?', [
      'Ressourcen werden gesucht, wenn ein Projekt sie braucht, oft kurzfristig.',
      'Einige Bereiche planen ihre Ressourcen für Projekte, einen Gesamtüberblick gibt es jedoch nicht.',
      'Der Ressourcenbedarf wird nach einem gemeinsamen Prozess geplant, und es gibt eine zentrale Übersicht über Kapazität und Bedarf.',
      'Kapazität und Auslastung werden gemessen, und Engpässe werden im gesamten Portfolio frühzeitig erkannt und aufgelöst.',
      'Die Ressourcenplanung wird laufend optimiert und ist mit der strategischen Personalplanung verknüpft.'
    ]],
    fr: ['Comment les personnes et les autres ressources sont-elles planifiées pour les projets ?', [
      'Les ressources sont recherchées quand un projet en a besoin, souvent dans l’urgence.',
      'Certaines unités planifient leurs ressources pour les projets, mais sans vision d’ensemble.',
      'Les besoins en ressources sont planifiés selon un processus commun, et une vue centrale de la capacité et de la demande existe.',
      'La capacité et le taux d’occupation sont mesurés, et les goulets d’étranglement sont anticipés et résolus à l’échelle du portefeuille.',
      'La planification des ressources est optimisée en continu et reliée à la gestion prévisionnelle des emplois et des compétences.'
    ]],
    nl: ['Hoe worden mensen en andere middelen voor projecten gepland?', [
      'Mensen en middelen worden gezocht wanneer een project ze nodig heeft, vaak op korte termijn.',
      'Sommige afdelingen plannen hun capaciteit voor projecten, maar er is geen totaaloverzicht.',
      'De benodigde capaciteit wordt volgens een gemeenschappelijk proces gepland, en er is een centraal overzicht van aanbod en vraag.',
      'Capaciteit en bezettingsgraad worden gemeten, en knelpunten worden over het hele portfolio voorzien en opgelost.',
      'De capaciteitsplanning wordt voortdurend geoptimaliseerd en is gekoppeld aan de strategische personeelsplanning.'
    ]],
    it: ['Come vengono pianificate le persone e le altre risorse per i progetti?', [
      'Le risorse vengono cercate quando un progetto ne ha bisogno, spesso con poco preavviso.',
      'Alcune unità pianificano le proprie risorse per i progetti, ma manca una visione d’insieme.',
      'Il fabbisogno di risorse viene pianificato con un processo comune, ed esiste una visione centrale di capacità e domanda.',
      'Capacità e tasso di utilizzo vengono misurati, e i colli di bottiglia vengono anticipati e risolti sull’intero portafoglio.',
      'La pianificazione delle risorse viene ottimizzata di continuo ed è legata alla pianificazione strategica del personale.'
    ]]
  }),
  entry('ResourceManagement', 2, {
    en: ['How are project management skills developed in your organisation?', [
      'Project managers learn on the job; there is no training path.',
      'Some people attend training on their own initiative or that of their manager.',
      'A competency framework and defined training paths exist for project roles.',
      'Competencies are assessed regularly, and the effectiveness of training is measured.',
      'Competency development is refined continually and linked to career paths and the organisation’s future needs.'
    ]],
    de: ['Wie werden Projektmanagementkompetenzen in Ihrer Organisation entwickelt?', [
      'Projektleiter lernen bei der Arbeit; einen Qualifizierungspfad gibt es nicht.',
      'Einzelne besuchen Schulungen aus eigener Initiative oder auf Anregung ihrer Führungskraft.',
      'Für Projektrollen gibt es ein Kompetenzmodell und festgelegte Qualifizierungspfade.',
      'Kompetenzen werden regelmäßig beurteilt, und die Wirksamkeit der Schulungen wird gemessen.',
      'Die Kompetenzentwicklung wird laufend verfeinert und ist mit Laufbahnpfaden und dem künftigen Bedarf der Organisation verknüpft.'
    ]],
    fr: ['Dans votre organisation, comment les compétences en gestion de projet sont-elles développées ?', [
      'Les chefs de projet apprennent sur le terrain ; il n’existe pas de parcours de formation.',
      'Certaines personnes suivent des formations de leur propre initiative ou sur celle de leur responsable.',
      'Un référentiel de compétences et des parcours de formation définis existent pour les rôles de projet.',
      'Les compétences sont évaluées régulièrement, et l’efficacité des formations est mesurée.',
      'Le développement des compétences est affiné en continu et relié aux parcours de carrière et aux besoins futurs de l’organisation.'
    ]],
    nl: ['Hoe worden projectmanagementvaardigheden in uw organisatie ontwikkeld?', [
      'Projectmanagers leren in de praktijk; er is geen opleidingstraject.',
      'Sommige medewerkers volgen trainingen op eigen initiatief of dat van hun leidinggevende.',
      'Voor projectrollen bestaan een competentieprofiel en vastgelegde opleidingstrajecten.',
      'Competenties worden regelmatig beoordeeld, en de effectiviteit van trainingen wordt gemeten.',
      'De competentieontwikkeling wordt voortdurend verfijnd en is gekoppeld aan loopbaanpaden en de toekomstige behoeften van de organisatie.'
    ]],
    it: ['Come vengono sviluppate le competenze di project management nella Sua organizzazione?', [
      'I project manager imparano sul campo; non esiste un percorso formativo.',
      'Alcune persone seguono corsi di formazione di propria iniziativa o su indicazione del proprio responsabile.',
      'Per i ruoli di progetto esistono un modello delle competenze e percorsi formativi definiti.',
      'Le competenze vengono valutate regolarmente, e l’efficacia della formazione viene misurata.',
      'Lo sviluppo delle competenze viene affinato di continuo ed è collegato ai percorsi di carriera e alle esigenze future dell’organizzazione.'
    ]]
  }),
  entry('ResourceManagement', 3, {
    en: ['How are conflicts over resources between projects resolved?', [
      'Conflicts are settled by whoever pushes hardest.',
      'Line managers and project managers negotiate case by case.',
      'A defined process with priorities set at portfolio level resolves resource conflicts.',
      'The impact of resource conflicts on delivery is measured and taken into account in portfolio decisions.',
      'Conflicts are largely prevented by forward planning, and the process is improved continually.'
    ]],
    de: ['Wie werden Ressourcenkonflikte zwischen Projekten gelöst?', [
      'Konflikte entscheidet, wer sich am stärksten durchsetzt.',
      'Linienvorgesetzte und Projektleiter verhandeln von Fall zu Fall.',
      'Ein festgelegter Prozess mit Prioritäten, die auf Portfolioebene gesetzt werden, löst Ressourcenkonflikte.',
      'Die Auswirkungen von Ressourcenkonflikten auf die Lieferung werden gemessen und bei Portfolioentscheidungen berücksichtigt.',
      'Konflikte werden durch vorausschauende Planung weitgehend vermieden, und der Prozess wird laufend verbessert.'
    ]],
    fr: ['Comment les conflits de ressources entre projets sont-ils résolus ?', [
      'Les conflits sont tranchés en faveur de celui qui insiste le plus.',
      'Les responsables hiérarchiques et les chefs de projet négocient au cas par cas.',
      'Un processus défini, avec des priorités fixées au niveau du portefeuille, permet de résoudre les conflits de ressources.',
      'L’impact des conflits de ressources sur les livraisons est mesuré et pris en compte dans les décisions de portefeuille.',
      'Les conflits sont en grande partie évités grâce à une planification anticipée, et le processus est amélioré en continu.'
    ]],
    nl: ['Hoe worden conflicten over capaciteit tussen projecten opgelost?', [
      'Conflicten worden beslecht door wie het hardst aandringt.',
      'Lijnmanagers en projectmanagers onderhandelen van geval tot geval.',
      'Een vastgelegd proces met prioriteiten die op portfolioniveau worden bepaald, lost capaciteitsconflicten op.',
      'De gevolgen van capaciteitsconflicten voor de oplevering worden gemeten en meegewogen in portfoliobeslissingen.',
      'Conflicten worden grotendeels voorkomen door vooruit te plannen, en het proces wordt voortdurend verbeterd.'
    ]],
    it: ['Come vengono risolti i conflitti di risorse tra progetti?', [
      'I conflitti vengono risolti a favore di chi insiste di più.',
      'Responsabili di linea e project manager negoziano caso per caso.',
      'Un processo definito, con priorità stabilite a livello di portafoglio, risolve i conflitti di risorse.',
      'L’impatto dei conflitti di risorse sulle consegne viene misurato e considerato nelle decisioni di portafoglio.',
      'I conflitti vengono in gran parte prevenuti con una pianificazione anticipata, e il processo viene migliorato di continuo.'
    ]]
  })
];

/**
 * The complete questionnaire: 7 perspectives × 3 questions, in P3M3's order of perspectives. SortOrder
 * is (perspective's position + 1) × 10 + the question's number (OG1 = 11 … RS3 = 73).
 */
export const MATURITY_QUESTIONNAIRE: ReadonlyArray<IQuestionnaireEntry> = [
  ...ORGANIZATIONAL_GOVERNANCE,
  ...MANAGEMENT_CONTROL,
  ...BENEFITS_MANAGEMENT,
  ...RISK_MANAGEMENT,
  ...STAKEHOLDER_MANAGEMENT,
  ...FINANCE_MANAGEMENT,
  ...RESOURCE_MANAGEMENT
];

/** A question's texts as MaturityQuestions.QuestionTexts stores them (JSON of the five languages). */
export function questionTextsJson(e: IQuestionnaireEntry): string {
  return JSON.stringify(e.texts);
}
