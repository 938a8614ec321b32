/**
 * The governance reference texts in the five languages: the gates of the agile and hybrid lifecycles,
 * the checklist items added in schema 7 (handover, NIS2 supply chain and management accountability,
 * tender documents, statement of applicability, project board, service assessment, user research),
 * and the methodology guide's own content (stage names, purposes and the lifecycle roles), written as
 * a public-sector PMO of each language writes them (PRINCE2 terms as that language's PRINCE2 material
 * uses them; the agile phases after the UK Government Service Manual). Codes are in governance.ts.
 */
import type { AgileStage, GateDecision, LifecycleCode, LifecycleRole } from '../../src/domain/governance/vocabulary';
import type { Prince2Stage } from '../../src/domain/vocabulary';
import type { TitleAndText } from './referenceTexts';
import type { Lang } from './text';

/** The gates of the hybrid and agile lifecycles (the PRINCE2 gates are G0–G4 of reference.ts). */
export type LifecycleGateCode = 'AuthoriseInitiation' | 'AuthoriseProject' | 'EndRelease' | 'AuthoriseClosure' | 'DiscoveryReview' | 'AlphaAssessment' | 'LiveAssessment' | 'ServiceHandover';

/** Title and summary of the hybrid and agile gates. */
export const LIFECYCLE_GATE_TEXTS: Readonly<Record<Lang, Readonly<Record<LifecycleGateCode, TitleAndText>>>> = {
  en: {
    AuthoriseInitiation: ['Hybrid gate 0 – Authorise initiation', 'Is the project worth initiating? Mandate, outline business case and the agile way of working.'],
    AuthoriseProject: ['Hybrid gate 1 – Authorise the project', 'Project initiation documentation, business case, product backlog and release plan approved.'],
    EndRelease: ['Hybrid gate 2 – Release review', 'Release accepted by the users and the plan for the next release approved.'],
    AuthoriseClosure: ['Hybrid gate 3 – Project closure', 'Handover to operations complete, lessons recorded, benefit owners named.'],
    DiscoveryReview: ['Agile gate 0 – Discovery review', 'Are the user needs and the problem understood well enough to build prototypes?'],
    AlphaAssessment: ['Agile gate 1 – Alpha assessment', 'Prototypes tested with users; the service team may build the beta.'],
    LiveAssessment: ['Agile gate 2 – Live assessment', 'The beta service meets the service standard and is secure, accessible and supported.'],
    ServiceHandover: ['Agile gate 3 – Service handover', 'The live service is handed over to operations, lessons recorded, benefit owners named.']
  },
  de: {
    AuthoriseInitiation: ['Hybrides Phasentor 0 – Freigabe der Initiierung', 'Lohnt es sich, das Projekt zu initiieren? Projektmandat, Entwurf des Business Case und die agile Arbeitsweise.'],
    AuthoriseProject: ['Hybrides Phasentor 1 – Freigabe des Projekts', 'Projektleitdokumentation, Business Case, Product Backlog und Releaseplan sind genehmigt.'],
    EndRelease: ['Hybrides Phasentor 2 – Release-Review', 'Das Release ist von den Anwendern abgenommen, der Plan für das nächste Release ist genehmigt.'],
    AuthoriseClosure: ['Hybrides Phasentor 3 – Projektabschluss', 'Übergabe an den Betrieb erfolgt, Erfahrungen dokumentiert, Verantwortliche für den Nutzen benannt.'],
    DiscoveryReview: ['Agiles Phasentor 0 – Discovery-Review', 'Sind die Bedürfnisse der Nutzer und das Problem gut genug verstanden, um Prototypen zu bauen?'],
    AlphaAssessment: ['Agiles Phasentor 1 – Alpha-Assessment', 'Die Prototypen sind mit Nutzern getestet; das Team darf die Beta-Version bauen.'],
    LiveAssessment: ['Agiles Phasentor 2 – Live-Assessment', 'Der Beta-Dienst erfüllt den Servicestandard und ist sicher, barrierefrei und im Betrieb unterstützt.'],
    ServiceHandover: ['Agiles Phasentor 3 – Übergabe des Dienstes', 'Der Dienst ist an den Betrieb übergeben, die Erfahrungen sind dokumentiert, Verantwortliche für den Nutzen sind benannt.']
  },
  fr: {
    AuthoriseInitiation: ['Jalon hybride 0 – Autorisation de l’initialisation', 'Le projet mérite-t-il d’être initialisé ? Mandat, ébauche du cas d’affaire et mode de travail agile.'],
    AuthoriseProject: ['Jalon hybride 1 – Autorisation du projet', 'Documentation d’initialisation du projet, cas d’affaire, backlog produit et plan de livraison approuvés.'],
    EndRelease: ['Jalon hybride 2 – Revue de livraison', 'Livraison acceptée par les utilisateurs et plan de la livraison suivante approuvé.'],
    AuthoriseClosure: ['Jalon hybride 3 – Clôture du projet', 'Transfert à l’exploitation terminé, leçons consignées, responsables des bénéfices désignés.'],
    DiscoveryReview: ['Jalon agile 0 – Revue de découverte', 'Les besoins des utilisateurs et le problème sont-ils assez compris pour construire des prototypes ?'],
    AlphaAssessment: ['Jalon agile 1 – Évaluation alpha', 'Prototypes testés avec les utilisateurs ; l’équipe peut construire la version bêta.'],
    LiveAssessment: ['Jalon agile 2 – Évaluation avant mise en service', 'Le service bêta respecte le référentiel de service et il est sûr, accessible et soutenu.'],
    ServiceHandover: ['Jalon agile 3 – Transfert du service', 'Le service est transféré à l’exploitation, leçons consignées, responsables des bénéfices désignés.']
  },
  nl: {
    AuthoriseInitiation: ['Hybride fasepoort 0 – Toestemming voor initiëren', 'Is het project de moeite waard om te initiëren? Mandaat, globale business case en de agile werkwijze.'],
    AuthoriseProject: ['Hybride fasepoort 1 – Toestemming voor het project', 'Projectinitiatiedocumentatie, business case, productbacklog en releaseplan goedgekeurd.'],
    EndRelease: ['Hybride fasepoort 2 – Releasereview', 'Release geaccepteerd door de gebruikers en het plan voor de volgende release goedgekeurd.'],
    AuthoriseClosure: ['Hybride fasepoort 3 – Projectafsluiting', 'Overdracht aan beheer afgerond, lessen vastgelegd, batenhouders benoemd.'],
    DiscoveryReview: ['Agile fasepoort 0 – Verkenningsreview', 'Zijn de gebruikersbehoeften en het probleem goed genoeg begrepen om prototypes te bouwen?'],
    AlphaAssessment: ['Agile fasepoort 1 – Alfabeoordeling', 'Prototypes getest met gebruikers; het team mag de bèta bouwen.'],
    LiveAssessment: ['Agile fasepoort 2 – Livebeoordeling', 'De bètadienst voldoet aan de servicestandaard en is veilig, toegankelijk en ondersteund.'],
    ServiceHandover: ['Agile fasepoort 3 – Overdracht van de dienst', 'De dienst is overgedragen aan beheer, lessen vastgelegd, batenhouders benoemd.']
  },
  it: {
    AuthoriseInitiation: ['Gate ibrido 0 – Autorizzazione all’avvio', 'Vale la pena avviare il progetto? Mandato, business case preliminare e modalità di lavoro agile.'],
    AuthoriseProject: ['Gate ibrido 1 – Autorizzazione del progetto', 'Documentazione di inizio progetto, business case, product backlog e piano dei rilasci approvati.'],
    EndRelease: ['Gate ibrido 2 – Revisione del rilascio', 'Rilascio accettato dagli utenti e piano del rilascio successivo approvato.'],
    AuthoriseClosure: ['Gate ibrido 3 – Chiusura del progetto', 'Passaggio in esercizio completato, lezioni registrate, responsabili dei benefici nominati.'],
    DiscoveryReview: ['Gate agile 0 – Revisione della fase di scoperta', 'I bisogni degli utenti e il problema sono compresi abbastanza per costruire prototipi?'],
    AlphaAssessment: ['Gate agile 1 – Valutazione alpha', 'Prototipi provati con gli utenti; il team può costruire la versione beta.'],
    LiveAssessment: ['Gate agile 2 – Valutazione per il rilascio in esercizio', 'Il servizio beta rispetta lo standard di servizio ed è sicuro, accessibile e supportato.'],
    ServiceHandover: ['Gate agile 3 – Passaggio in esercizio del servizio', 'Il servizio è passato all’esercizio, lezioni registrate, responsabili dei benefici nominati.']
  }
};

/**
 * Title and guidance of the checklist items added in schema 7, in the order of MORE_CHECKLIST_TEXT
 * codes (governance.ts): four handover items, NIS2 supply chain and management accountability, tender
 * documents, statement of applicability, project board, service assessment, user research.
 */
export const MORE_CHECKLIST_TEXTS: Readonly<Record<Lang, ReadonlyArray<TitleAndText>>> = {
  en: [
    ['Operations owner accepted the service', 'The operations owner signs the acceptance of the service and its run book.'],
    ['Operating documentation handed over', 'Run book, architecture, configuration and recovery procedures are filed.'],
    ['Support arrangements in place', 'The service desk is briefed; support levels and escalation are agreed.'],
    ['Users trained', 'Training given to the users; attendance and materials are filed.'],
    ['Supply-chain security assessed', 'Security measures and contract clauses of the suppliers checked (NIS2 Art. 21).'],
    ['Management body approved the cybersecurity measures', 'The management body approves and oversees the risk measures (NIS2 Art. 20).'],
    ['Tender documents approved', 'Specifications, award criteria and contract terms approved before publication.'],
    ['Statement of applicability updated', 'The Annex A controls the service needs, with the reason for each.'],
    ['Project board appointed', 'Executive, senior user and senior supplier named.'],
    ['Service assessment passed', 'Assessed against the service standard; findings recorded with their owners.'],
    ['User needs validated by research', 'Findings from user research with real users of the service.']
  ],
  de: [
    ['Betriebsverantwortlicher hat den Dienst abgenommen', 'Der Betriebsverantwortliche unterzeichnet die Abnahme des Dienstes und das Betriebshandbuch.'],
    ['Betriebsdokumentation übergeben', 'Betriebshandbuch, Architektur, Konfiguration und Wiederanlaufverfahren sind abgelegt.'],
    ['Support ist organisiert', 'Der Servicedesk ist eingewiesen; Servicelevel und Eskalation sind vereinbart.'],
    ['Anwender geschult', 'Schulungen für die Anwender durchgeführt; Teilnahme und Unterlagen sind abgelegt.'],
    ['Sicherheit der Lieferkette bewertet', 'Sicherheitsmaßnahmen und Vertragsklauseln der Lieferanten geprüft (NIS2 Art. 21).'],
    ['Leitungsorgan hat die Cybersicherheitsmaßnahmen gebilligt', 'Das Leitungsorgan billigt und überwacht die Risikomaßnahmen (NIS2 Art. 20).'],
    ['Vergabeunterlagen freigegeben', 'Leistungsbeschreibung, Zuschlagskriterien und Vertragsbedingungen vor der Veröffentlichung freigegeben.'],
    ['Erklärung zur Anwendbarkeit aktualisiert', 'Die Maßnahmen aus Anhang A, die der Dienst braucht, jeweils mit Begründung.'],
    ['Lenkungsausschuss eingesetzt', 'Auftraggeber, Benutzervertreter und Lieferantenvertreter sind benannt.'],
    ['Service-Assessment bestanden', 'Bewertet gegen den Servicestandard; Feststellungen mit den Verantwortlichen dokumentiert.'],
    ['Nutzerbedürfnisse durch Nutzerforschung bestätigt', 'Erkenntnisse aus der Nutzerforschung mit echten Nutzern des Dienstes.']
  ],
  fr: [
    ['Le responsable de l’exploitation a accepté le service', 'Le responsable de l’exploitation signe la réception du service et son manuel d’exploitation.'],
    ['Documentation d’exploitation remise', 'Manuel d’exploitation, architecture, configuration et procédures de reprise sont archivés.'],
    ['Support organisé', 'Le centre de services est informé ; niveaux de service et escalade sont convenus.'],
    ['Utilisateurs formés', 'Formation donnée aux utilisateurs ; présences et supports sont archivés.'],
    ['Sécurité de la chaîne d’approvisionnement évaluée', 'Mesures de sécurité et clauses contractuelles des fournisseurs vérifiées (NIS2, art. 21).'],
    ['L’organe de direction a approuvé les mesures de cybersécurité', 'L’organe de direction approuve et supervise les mesures de gestion des risques (NIS2, art. 20).'],
    ['Dossier de consultation approuvé', 'Cahier des charges, critères d’attribution et conditions du marché approuvés avant publication.'],
    ['Déclaration d’applicabilité mise à jour', 'Les mesures de l’annexe A nécessaires au service, chacune avec sa justification.'],
    ['Comité de pilotage nommé', 'Directeur de projet, utilisateur principal et fournisseur principal désignés.'],
    ['Évaluation du service réussie', 'Évaluation selon le référentiel de service ; constats consignés avec leurs responsables.'],
    ['Besoins des utilisateurs confirmés par la recherche', 'Résultats de la recherche utilisateur avec de vrais usagers du service.']
  ],
  nl: [
    ['Beheereigenaar heeft de dienst geaccepteerd', 'De beheereigenaar tekent de acceptatie van de dienst en het beheerhandboek.'],
    ['Beheerdocumentatie overgedragen', 'Beheerhandboek, architectuur, configuratie en herstelprocedures zijn gearchiveerd.'],
    ['Ondersteuning geregeld', 'De servicedesk is geïnformeerd; serviceniveaus en escalatie zijn afgesproken.'],
    ['Gebruikers opgeleid', 'Training gegeven aan de gebruikers; aanwezigheid en materialen zijn gearchiveerd.'],
    ['Beveiliging van de toeleveringsketen beoordeeld', 'Beveiligingsmaatregelen en contractclausules van de leveranciers gecontroleerd (NIS2, art. 21).'],
    ['Bestuursorgaan heeft de cyberbeveiligingsmaatregelen goedgekeurd', 'Het bestuursorgaan keurt de risicomaatregelen goed en houdt er toezicht op (NIS2, art. 20).'],
    ['Aanbestedingsstukken goedgekeurd', 'Bestek, gunningscriteria en contractvoorwaarden goedgekeurd vóór publicatie.'],
    ['Verklaring van toepasselijkheid bijgewerkt', 'De beheersmaatregelen uit bijlage A voor de dienst, elk met een motivering.'],
    ['Stuurgroep benoemd', 'Opdrachtgever, senior gebruiker en senior leverancier zijn benoemd.'],
    ['Servicebeoordeling doorstaan', 'Beoordeeld tegen de servicestandaard; bevindingen vastgelegd met hun eigenaren.'],
    ['Gebruikersbehoeften bevestigd door onderzoek', 'Bevindingen uit gebruikersonderzoek met echte gebruikers van de dienst.']
  ],
  it: [
    ['Il responsabile dell’esercizio ha accettato il servizio', 'Il responsabile dell’esercizio firma l’accettazione del servizio e del manuale operativo.'],
    ['Documentazione operativa consegnata', 'Manuale operativo, architettura, configurazione e procedure di ripristino archiviati.'],
    ['Supporto organizzato', 'Il service desk è informato; livelli di servizio ed escalation concordati.'],
    ['Utenti formati', 'Formazione erogata agli utenti; presenze e materiali archiviati.'],
    ['Sicurezza della catena di approvvigionamento valutata', 'Misure di sicurezza e clausole contrattuali dei fornitori verificate (NIS2, art. 21).'],
    ['L’organo di gestione ha approvato le misure di cibersicurezza', 'L’organo di gestione approva e sovrintende le misure di gestione dei rischi (NIS2, art. 20).'],
    ['Documenti di gara approvati', 'Capitolato, criteri di aggiudicazione e condizioni contrattuali approvati prima della pubblicazione.'],
    ['Dichiarazione di applicabilità aggiornata', 'I controlli dell’Allegato A necessari al servizio, ciascuno con la sua motivazione.'],
    ['Comitato di progetto nominato', 'Executive, utente senior e fornitore senior nominati.'],
    ['Valutazione del servizio superata', 'Valutazione rispetto allo standard di servizio; rilievi registrati con i responsabili.'],
    ['Bisogni degli utenti confermati dalla ricerca', 'Risultati della ricerca con utenti reali del servizio.']
  ]
};

/** A stage of a lifecycle, as the guide names it: `<lifecycle>.<stage>`. */
export type GuideStageKey = `prince2.${Prince2Stage}` | `hybrid.${Prince2Stage}` | `agile.${AgileStage}`;

/** The guide's title and purpose of each stage of each lifecycle. */
export const STAGE_TEXTS: Readonly<Record<Lang, Readonly<Record<GuideStageKey, TitleAndText>>>> = {
  en: {
    'prince2.StartingUp': ['Starting up a project', 'Make sure the prerequisites for initiating the project are in place: a viable and worthwhile project, the executive and the project manager appointed, and the approach to the initiation stage agreed.'],
    'prince2.Initiation': ['Initiating a project', 'Lay a solid foundation for the project: the business case, how risks, quality, changes and communication are managed, and the project plan the board approves.'],
    'prince2.Delivery': ['Delivery stages', 'Deliver the products of each stage within the tolerances the board set, report on progress, and at each stage boundary review the business case and plan the next stage.'],
    'prince2.Closing': ['Closing a project', 'Confirm that the products are accepted and handed over to operations, record the lessons, plan the benefits reviews and close the project.'],
    'hybrid.StartingUp': ['Starting up a project', 'As in PRINCE2: confirm that the project is worth initiating, appoint the board, and agree how the agile teams work within the tolerances of the project.'],
    'hybrid.Initiation': ['Initiating a project', 'Set up the project for delivery in releases: the business case, the product backlog and the release plan, with fixed tolerances for time and cost and a flexible scope.'],
    'hybrid.Delivery': ['Delivery in releases', 'Deliver the product in releases: each release is planned from the backlog, built in sprints, shown to the users and reviewed by the board at its end.'],
    'hybrid.Closing': ['Closing a project', 'Hand over the last release to operations, confirm the acceptance, record the lessons and plan how the benefits are measured after the project.'],
    'agile.Discovery': ['Discovery', 'Understand the users, their needs and the problem to solve before anything is built, and decide whether the service is worth exploring further.'],
    'agile.Alpha': ['Alpha', 'Try out different ways of meeting the user needs with prototypes, test the riskiest assumptions, and prepare the backlog and the business case for the beta.'],
    'agile.Beta': ['Beta', 'Build the real service, open it to a growing number of users, and show at the live assessment that it is secure, accessible and supported.'],
    'agile.Live': ['Live', 'Run the service, keep improving it from the feedback of its users, hand it over to operations and measure the benefits.']
  },
  de: {
    'prince2.StartingUp': ['Vorbereiten eines Projekts', 'Sicherstellen, dass die Voraussetzungen für die Initiierung gegeben sind: ein lohnendes und tragfähiges Projekt, ein benannter Auftraggeber und Projektmanager und ein vereinbartes Vorgehen für die Initiierungsphase.'],
    'prince2.Initiation': ['Initiieren eines Projekts', 'Eine solide Grundlage für das Projekt schaffen: den Business Case, das Vorgehen für Risiken, Qualität, Änderungen und Kommunikation sowie den Projektplan, den der Lenkungsausschuss genehmigt.'],
    'prince2.Delivery': ['Lieferphasen', 'Die Produkte jeder Phase innerhalb der Toleranzen des Lenkungsausschusses liefern, über den Fortschritt berichten und an jedem Phasenübergang den Business Case prüfen und die nächste Phase planen.'],
    'prince2.Closing': ['Abschließen eines Projekts', 'Bestätigen, dass die Produkte abgenommen und an den Betrieb übergeben sind, die Erfahrungen festhalten, die Nutzenüberprüfungen planen und das Projekt abschließen.'],
    'hybrid.StartingUp': ['Vorbereiten eines Projekts', 'Wie in PRINCE2: bestätigen, dass sich die Initiierung lohnt, den Lenkungsausschuss einsetzen und vereinbaren, wie die agilen Teams innerhalb der Toleranzen des Projekts arbeiten.'],
    'hybrid.Initiation': ['Initiieren eines Projekts', 'Das Projekt für die Lieferung in Releases aufsetzen: Business Case, Product Backlog und Releaseplan, mit festen Toleranzen für Zeit und Kosten und einem flexiblen Umfang.'],
    'hybrid.Delivery': ['Lieferung in Releases', 'Das Produkt in Releases liefern: Jedes Release wird aus dem Backlog geplant, in Sprints gebaut, den Anwendern vorgeführt und am Ende vom Lenkungsausschuss geprüft.'],
    'hybrid.Closing': ['Abschließen eines Projekts', 'Das letzte Release an den Betrieb übergeben, die Abnahme bestätigen, die Erfahrungen festhalten und planen, wie der Nutzen nach dem Projekt gemessen wird.'],
    'agile.Discovery': ['Discovery (Erkundung)', 'Die Nutzer, ihre Bedürfnisse und das zu lösende Problem verstehen, bevor etwas gebaut wird, und entscheiden, ob sich die weitere Erkundung des Dienstes lohnt.'],
    'agile.Alpha': ['Alpha', 'Mit Prototypen verschiedene Wege ausprobieren, die Bedürfnisse der Nutzer zu erfüllen, die riskantesten Annahmen testen und Backlog und Business Case für die Beta vorbereiten.'],
    'agile.Beta': ['Beta', 'Den echten Dienst bauen, ihn für immer mehr Nutzer freigeben und im Live-Assessment zeigen, dass er sicher, barrierefrei und im Betrieb unterstützt ist.'],
    'agile.Live': ['Live (Betrieb)', 'Den Dienst betreiben, ihn anhand der Rückmeldungen der Nutzer laufend verbessern, an den Betrieb übergeben und den Nutzen messen.']
  },
  fr: {
    'prince2.StartingUp': ['Élaborer le projet', 'S’assurer que les conditions préalables à l’initialisation sont réunies : un projet viable et utile, le directeur de projet et le chef de projet nommés, et une approche convenue pour la séquence d’initialisation.'],
    'prince2.Initiation': ['Initialiser le projet', 'Poser des bases solides pour le projet : le cas d’affaire, la gestion des risques, de la qualité, des modifications et de la communication, et le plan de projet que le comité de pilotage approuve.'],
    'prince2.Delivery': ['Séquences de livraison', 'Livrer les produits de chaque séquence dans les tolérances fixées par le comité de pilotage, rendre compte de l’avancement et, à chaque limite de séquence, revoir le cas d’affaire et planifier la séquence suivante.'],
    'prince2.Closing': ['Clore le projet', 'Confirmer que les produits sont acceptés et transférés à l’exploitation, consigner les leçons, planifier les revues des bénéfices et clore le projet.'],
    'hybrid.StartingUp': ['Élaborer le projet', 'Comme dans PRINCE2 : confirmer que le projet mérite d’être initialisé, nommer le comité de pilotage et convenir de la façon dont les équipes agiles travaillent dans les tolérances du projet.'],
    'hybrid.Initiation': ['Initialiser le projet', 'Préparer le projet pour une livraison par versions : le cas d’affaire, le backlog produit et le plan de livraison, avec des tolérances fixes sur les délais et les coûts et un périmètre flexible.'],
    'hybrid.Delivery': ['Livraison par versions', 'Livrer le produit par versions : chaque version est planifiée à partir du backlog, construite en sprints, présentée aux utilisateurs et revue par le comité de pilotage à la fin.'],
    'hybrid.Closing': ['Clore le projet', 'Transférer la dernière version à l’exploitation, confirmer la réception, consigner les leçons et planifier la mesure des bénéfices après le projet.'],
    'agile.Discovery': ['Découverte', 'Comprendre les utilisateurs, leurs besoins et le problème à résoudre avant de construire quoi que ce soit, et décider si le service mérite d’être exploré plus loin.'],
    'agile.Alpha': ['Alpha', 'Essayer avec des prototypes différentes façons de répondre aux besoins des utilisateurs, tester les hypothèses les plus risquées et préparer le backlog et le cas d’affaire pour la bêta.'],
    'agile.Beta': ['Bêta', 'Construire le vrai service, l’ouvrir à un nombre croissant d’utilisateurs et démontrer lors de l’évaluation avant mise en service qu’il est sûr, accessible et soutenu.'],
    'agile.Live': ['Mise en service', 'Exploiter le service, l’améliorer en continu à partir des retours des utilisateurs, le transférer à l’exploitation et mesurer les bénéfices.']
  },
  nl: {
    'prince2.StartingUp': ['Opstarten van een project', 'Zorgen dat aan de voorwaarden voor het initiëren is voldaan: een levensvatbaar en zinvol project, een benoemde opdrachtgever en projectmanager en een afgesproken aanpak voor de initiatiefase.'],
    'prince2.Initiation': ['Initiëren van een project', 'Een stevig fundament voor het project leggen: de business case, de aanpak voor risico’s, kwaliteit, wijzigingen en communicatie, en het projectplan dat de stuurgroep goedkeurt.'],
    'prince2.Delivery': ['Leveringsfasen', 'De producten van elke fase opleveren binnen de toleranties van de stuurgroep, over de voortgang rapporteren en bij elke faseovergang de business case toetsen en de volgende fase plannen.'],
    'prince2.Closing': ['Afsluiten van een project', 'Bevestigen dat de producten zijn geaccepteerd en aan beheer overgedragen, de lessen vastleggen, de batenreviews plannen en het project afsluiten.'],
    'hybrid.StartingUp': ['Opstarten van een project', 'Zoals in PRINCE2: bevestigen dat het project de moeite waard is om te initiëren, de stuurgroep benoemen en afspreken hoe de agile teams binnen de toleranties van het project werken.'],
    'hybrid.Initiation': ['Initiëren van een project', 'Het project inrichten voor levering in releases: de business case, de productbacklog en het releaseplan, met vaste toleranties voor tijd en kosten en een flexibele scope.'],
    'hybrid.Delivery': ['Levering in releases', 'Het product in releases opleveren: elke release wordt gepland vanuit de backlog, in sprints gebouwd, aan de gebruikers gedemonstreerd en aan het eind door de stuurgroep beoordeeld.'],
    'hybrid.Closing': ['Afsluiten van een project', 'De laatste release aan beheer overdragen, de acceptatie bevestigen, de lessen vastleggen en plannen hoe de baten na het project worden gemeten.'],
    'agile.Discovery': ['Verkenning', 'De gebruikers, hun behoeften en het op te lossen probleem begrijpen voordat er iets wordt gebouwd, en besluiten of de dienst verder verkend moet worden.'],
    'agile.Alpha': ['Alfa', 'Met prototypes verschillende manieren uitproberen om aan de gebruikersbehoeften te voldoen, de meest risicovolle aannames testen en de backlog en de business case voor de bèta voorbereiden.'],
    'agile.Beta': ['Bèta', 'De echte dienst bouwen, hem voor steeds meer gebruikers openstellen en bij de livebeoordeling aantonen dat hij veilig, toegankelijk en ondersteund is.'],
    'agile.Live': ['Live', 'De dienst exploiteren, hem op basis van feedback van gebruikers blijven verbeteren, aan beheer overdragen en de baten meten.']
  },
  it: {
    'prince2.StartingUp': ['Avvio del progetto', 'Assicurarsi che esistano i presupposti per l’inizio del progetto: un progetto valido e utile, l’executive e il project manager nominati e un approccio concordato per la fase di inizio.'],
    'prince2.Initiation': ['Inizio del progetto', 'Porre solide basi per il progetto: il business case, la gestione dei rischi, della qualità, delle modifiche e della comunicazione, e il piano di progetto che il comitato di progetto approva.'],
    'prince2.Delivery': ['Fasi di consegna', 'Consegnare i prodotti di ogni fase entro le tolleranze fissate dal comitato di progetto, riferire sull’avanzamento e, a ogni limite di fase, riesaminare il business case e pianificare la fase successiva.'],
    'prince2.Closing': ['Chiusura del progetto', 'Confermare che i prodotti sono accettati e passati in esercizio, registrare le lezioni apprese, pianificare le revisioni dei benefici e chiudere il progetto.'],
    'hybrid.StartingUp': ['Avvio del progetto', 'Come in PRINCE2: confermare che vale la pena avviare il progetto, nominare il comitato di progetto e concordare come i team agili lavorano entro le tolleranze del progetto.'],
    'hybrid.Initiation': ['Inizio del progetto', 'Impostare il progetto per la consegna per rilasci: il business case, il product backlog e il piano dei rilasci, con tolleranze fisse su tempi e costi e un ambito flessibile.'],
    'hybrid.Delivery': ['Consegna per rilasci', 'Consegnare il prodotto per rilasci: ogni rilascio è pianificato dal backlog, realizzato in sprint, mostrato agli utenti e riesaminato dal comitato di progetto alla fine.'],
    'hybrid.Closing': ['Chiusura del progetto', 'Passare in esercizio l’ultimo rilascio, confermare l’accettazione, registrare le lezioni apprese e pianificare come misurare i benefici dopo il progetto.'],
    'agile.Discovery': ['Scoperta', 'Capire gli utenti, i loro bisogni e il problema da risolvere prima di costruire qualsiasi cosa, e decidere se vale la pena esplorare ulteriormente il servizio.'],
    'agile.Alpha': ['Alpha', 'Provare con prototipi modi diversi di soddisfare i bisogni degli utenti, verificare le ipotesi più rischiose e preparare il backlog e il business case per la beta.'],
    'agile.Beta': ['Beta', 'Costruire il servizio reale, aprirlo a un numero crescente di utenti e dimostrare nella valutazione per il rilascio in esercizio che è sicuro, accessibile e supportato.'],
    'agile.Live': ['In esercizio', 'Gestire il servizio, migliorarlo di continuo in base ai riscontri degli utenti, passarlo all’esercizio e misurare i benefici.']
  }
};

/** The lifecycle roles by the names each language's PRINCE2 and service-manual material gives them. */
export const LIFECYCLE_ROLE_NAMES: Readonly<Record<Lang, Readonly<Record<LifecycleRole, string>>>> = {
  en: {
    Executive: 'Executive', SeniorUser: 'Senior User', SeniorSupplier: 'Senior Supplier', ProjectManager: 'Project Manager', TeamManager: 'Team Manager',
    ProjectAssurance: 'Project Assurance', ProjectSupport: 'Project Support', ChangeAuthority: 'Change Authority', ServiceOwner: 'Service Owner',
    ProductManager: 'Product Manager', DeliveryManager: 'Delivery Manager', UserResearcher: 'User Researcher', TechnicalArchitect: 'Technical Architect', Pmo: 'PMO'
  },
  de: {
    Executive: 'Auftraggeber', SeniorUser: 'Benutzervertreter', SeniorSupplier: 'Lieferantenvertreter', ProjectManager: 'Projektmanager', TeamManager: 'Teammanager',
    ProjectAssurance: 'Projektsicherung', ProjectSupport: 'Projektunterstützung', ChangeAuthority: 'Änderungsinstanz', ServiceOwner: 'Service-Verantwortlicher',
    ProductManager: 'Produktmanager', DeliveryManager: 'Delivery Manager', UserResearcher: 'Nutzerforscher', TechnicalArchitect: 'Technischer Architekt', Pmo: 'PMO'
  },
  fr: {
    Executive: 'Directeur de projet', SeniorUser: 'Utilisateur principal', SeniorSupplier: 'Fournisseur principal', ProjectManager: 'Chef de projet', TeamManager: 'Chef d’équipe',
    ProjectAssurance: 'Assurance projet', ProjectSupport: 'Support projet', ChangeAuthority: 'Autorité de changement', ServiceOwner: 'Responsable du service',
    ProductManager: 'Responsable produit', DeliveryManager: 'Responsable de la livraison', UserResearcher: 'Chercheur en expérience utilisateur', TechnicalArchitect: 'Architecte technique', Pmo: 'PMO'
  },
  nl: {
    Executive: 'Opdrachtgever', SeniorUser: 'Senior gebruiker', SeniorSupplier: 'Senior leverancier', ProjectManager: 'Projectmanager', TeamManager: 'Teammanager',
    ProjectAssurance: 'Projectborging', ProjectSupport: 'Projectondersteuning', ChangeAuthority: 'Wijzigingsautoriteit', ServiceOwner: 'Service-eigenaar',
    ProductManager: 'Productmanager', DeliveryManager: 'Deliverymanager', UserResearcher: 'Gebruikersonderzoeker', TechnicalArchitect: 'Technisch architect', Pmo: 'PMO'
  },
  it: {
    Executive: 'Executive', SeniorUser: 'Utente senior', SeniorSupplier: 'Fornitore senior', ProjectManager: 'Project manager', TeamManager: 'Team manager',
    ProjectAssurance: 'Assurance di progetto', ProjectSupport: 'Supporto al progetto', ChangeAuthority: 'Autorità per le modifiche', ServiceOwner: 'Responsabile del servizio',
    ProductManager: 'Product manager', DeliveryManager: 'Delivery manager', UserResearcher: 'Ricercatore UX', TechnicalArchitect: 'Architetto tecnico', Pmo: 'PMO'
  }
};

/**
 * A sentence closed by a full stop, unless it already ends with one, a question or an exclamation
 * mark (or an ellipsis): "Is the business case still valid?" stays as it is, never "…valid?.".
 */
export function closeSentence(text: string): string {
  const t = text.trimEnd();
  return /[.?!…]$/.test(t) ? t : `${t}.`;
}

/** The line that opens a stage's gate criteria ("at the gate, the board checks:"), after the gate's summary as a sentence. */
export const GATE_CRITERIA_LEAD: Readonly<Record<Lang, (gate: string) => string>> = {
  en: gate => `${closeSentence(gate)} The board checks the required items of the checklist:`,
  de: gate => `${closeSentence(gate)} Der Lenkungsausschuss prüft die Pflichtpunkte der Checkliste:`,
  fr: gate => `${closeSentence(gate)} Le comité de pilotage vérifie les points obligatoires de la liste de contrôle :`,
  nl: gate => `${closeSentence(gate)} De stuurgroep controleert de verplichte punten van de checklist:`,
  it: gate => `${closeSentence(gate)} Il comitato di progetto verifica le voci obbligatorie della checklist:`
};

/** The lifecycles in the guide's order. */
export const GUIDE_LIFECYCLES: ReadonlyArray<LifecycleCode> = ['prince2', 'hybrid', 'agile'];

/** The board's rationale for each gate outcome. */
export const GATE_RATIONALE: Readonly<Record<Lang, Readonly<Record<GateDecision, string>>>> = {
  en: {
    Go: 'All required items have evidence; the board authorises the next stage.',
    GoWithConditions: 'The board authorises the next stage on the conditions recorded with their owners and due dates.',
    Recycle: 'Required evidence is missing; the project manager completes it and requests the review again.',
    Stop: 'The business case no longer holds; the board stops the project.'
  },
  de: {
    Go: 'Für alle Pflichtpunkte liegen Nachweise vor; der Lenkungsausschuss gibt die nächste Phase frei.',
    GoWithConditions: 'Der Lenkungsausschuss gibt die nächste Phase unter den erfassten Auflagen mit Verantwortlichen und Fristen frei.',
    Recycle: 'Es fehlen Pflichtnachweise; der Projektmanager ergänzt sie und beantragt die Prüfung erneut.',
    Stop: 'Der Business Case trägt nicht mehr; der Lenkungsausschuss stoppt das Projekt.'
  },
  fr: {
    Go: 'Tous les points obligatoires sont justifiés ; le comité de pilotage autorise la séquence suivante.',
    GoWithConditions: 'Le comité de pilotage autorise la séquence suivante sous les conditions consignées, avec leurs responsables et leurs échéances.',
    Recycle: 'Des justificatifs obligatoires manquent ; le chef de projet les complète et demande une nouvelle revue.',
    Stop: 'Le cas d’affaire ne tient plus et le comité de pilotage arrête le projet.'
  },
  nl: {
    Go: 'Voor alle verplichte punten is bewijs aanwezig; de stuurgroep geeft de volgende fase vrij.',
    GoWithConditions: 'De stuurgroep geeft de volgende fase vrij onder de vastgelegde voorwaarden, met eigenaren en termijnen.',
    Recycle: 'Verplicht bewijs ontbreekt; de projectmanager vult het aan en vraagt de review opnieuw aan.',
    Stop: 'De business case houdt geen stand meer; de stuurgroep stopt het project.'
  },
  it: {
    Go: 'Tutte le voci obbligatorie sono documentate; il comitato di progetto autorizza la fase successiva.',
    GoWithConditions: 'Il comitato di progetto autorizza la fase successiva alle condizioni registrate, con i responsabili e le scadenze.',
    Recycle: 'Mancano evidenze obbligatorie; il project manager le completa e richiede di nuovo la revisione.',
    Stop: 'Il business case non regge più e il comitato di progetto arresta il progetto.'
  }
};

/** A PMO officer's reason for waiving a NIS2 item. */
export const NIS2_WAIVER_REASON: Readonly<Record<Lang, string>> = {
  en: 'The service is not in scope of NIS2 (no essential or important entity); confirmed by the information security officer.',
  de: 'Der Dienst fällt nicht unter die NIS2 (keine wesentliche oder wichtige Einrichtung); vom Informationssicherheitsbeauftragten bestätigt.',
  fr: 'Le service n’entre pas dans le champ de NIS2 (ni entité essentielle ni entité importante) ; confirmé par le responsable de la sécurité des systèmes d’information.',
  nl: 'De dienst valt niet onder NIS2 (geen essentiële en geen belangrijke entiteit); bevestigd door de functionaris voor informatiebeveiliging.',
  it: 'Il servizio non rientra nell’ambito della NIS2 (né soggetto essenziale né importante); confermato dal responsabile della sicurezza delle informazioni.'
};

/** What a project manager writes as evidence of a checklist item (a comment; documents are in the project's library). */
export const EVIDENCE_COMMENTS: Readonly<Record<Lang, ReadonlyArray<string>>> = {
  en: ['Approved by the project board; minutes filed in the project library.', 'Signed document filed in the project library.', 'Checked by the PMO with the project manager.', 'Confirmed by the information security officer.'],
  de: ['Vom Lenkungsausschuss genehmigt; Protokoll in der Projektablage.', 'Unterzeichnetes Dokument in der Projektablage abgelegt.', 'Vom PMO mit dem Projektmanager geprüft.', 'Vom Informationssicherheitsbeauftragten bestätigt.'],
  fr: ['Approuvé par le comité de pilotage ; compte rendu dans la bibliothèque du projet.', 'Document signé archivé dans la bibliothèque du projet.', 'Vérifié par le PMO avec le chef de projet.', 'Confirmé par le responsable de la sécurité des systèmes d’information.'],
  nl: ['Goedgekeurd door de stuurgroep; verslag in de projectbibliotheek.', 'Ondertekend document opgeslagen in de projectbibliotheek.', 'Gecontroleerd door het PMO met de projectmanager.', 'Bevestigd door de functionaris voor informatiebeveiliging.'],
  it: ['Approvato dal comitato di progetto; verbale nella raccolta documenti del progetto.', 'Documento firmato archiviato nei documenti del progetto.', 'Verificato dal PMO con il project manager.', 'Confermato dal responsabile della sicurezza delle informazioni.']
};

/** The scope a change request touches, one per change of text.ts CHANGES (same order in every language). */
export const SCOPE_IMPACTS: Readonly<Record<Lang, ReadonlyArray<string>>> = {
  en: [
    'Adds the partners’ identity providers to the login; the user administration work package grows by one interface.',
    'A second department’s processes and about 400 users come into scope; training and data migration grow accordingly.',
    'Hosting, backup and monitoring move to the cloud provider; the data centre work package is dropped.',
    'All screens, letters and help texts are translated; a translation review is added to each release.',
    'The national e-ID becomes a login option; the identity work package gains the connection and its security review.'
  ],
  de: [
    'Die Identitätsanbieter der Partner kommen zur Anmeldung hinzu; das Arbeitspaket Benutzerverwaltung wächst um eine Schnittstelle.',
    'Die Prozesse eines zweiten Bereichs und rund 400 Anwender kommen hinzu; Schulung und Datenmigration wachsen entsprechend.',
    'Betrieb, Datensicherung und Überwachung gehen an den Cloud-Anbieter; das Arbeitspaket Rechenzentrum entfällt.',
    'Alle Masken, Schreiben und Hilfetexte werden übersetzt; jede Freigabe erhält eine Übersetzungsprüfung.',
    'Die nationale eID wird eine Anmeldeart; das Arbeitspaket Identität erhält die Anbindung und deren Sicherheitsprüfung.'
  ],
  fr: [
    'Les fournisseurs d’identité des partenaires s’ajoutent à la connexion ; le lot gestion des utilisateurs gagne une interface.',
    'Les processus d’une deuxième direction et environ 400 utilisateurs entrent dans le périmètre ; la formation et la reprise des données augmentent d’autant.',
    'L’hébergement, la sauvegarde et la supervision passent chez le fournisseur cloud ; le lot centre de données est supprimé.',
    'Tous les écrans, courriers et textes d’aide sont traduits ; chaque version comprend une relecture de la traduction.',
    'L’identité numérique nationale devient un mode de connexion ; le lot identité comprend le raccordement et sa revue de sécurité.'
  ],
  nl: [
    'De identiteitsaanbieders van de partners komen bij de aanmelding; het werkpakket gebruikersbeheer krijgt er een koppeling bij.',
    'De processen van een tweede afdeling en zo’n 400 gebruikers vallen binnen de scope; opleiding en datamigratie groeien navenant.',
    'Hosting, back-up en monitoring gaan naar de cloudaanbieder; het werkpakket datacenter vervalt.',
    'Alle schermen, brieven en helpteksten worden vertaald; elke release krijgt een vertaalcontrole.',
    'DigiD wordt een manier van aanmelden; het werkpakket identiteit krijgt de koppeling en de beveiligingstoets ervan.'
  ],
  it: [
    'Gli identity provider dei partner si aggiungono all’accesso; il pacchetto gestione utenti cresce di un’interfaccia.',
    'Entrano nel perimetro i processi di una seconda direzione e circa 400 utenti; formazione e migrazione dei dati crescono di conseguenza.',
    'Hosting, backup e monitoraggio passano al fornitore cloud; il pacchetto data center viene eliminato.',
    'Tutte le schermate, le lettere e i testi di aiuto vengono tradotti; ogni rilascio prevede una revisione della traduzione.',
    'SPID e CIE diventano modalità di accesso; il pacchetto identità comprende l’integrazione e la relativa verifica di sicurezza.'
  ]
};

/** How each benefit of text.ts BENEFITS is measured (same order in every language). */
export const BENEFIT_MEASURES: Readonly<Record<Lang, ReadonlyArray<string>>> = {
  en: ['Median days from receipt to decision, from the case system, each quarter', 'Applications filed online ÷ all applications, each quarter', 'Operating cost against the baseline budget, each year', 'Average rating in the user survey, twice a year', 'Open findings in the audit register, each quarter'],
  de: ['Median der Tage vom Eingang bis zum Bescheid, aus dem Fachverfahren, je Quartal', 'Online gestellte Anträge ÷ alle Anträge, je Quartal', 'Betriebskosten gegenüber dem Ausgangsbudget, je Jahr', 'Durchschnittsnote der Anwenderbefragung, halbjährlich', 'Offene Feststellungen im Prüfregister, je Quartal'],
  fr: ['Délai médian en jours de la réception à la décision, tiré de l’application métier, chaque trimestre', 'Demandes déposées en ligne ÷ toutes les demandes, chaque trimestre', 'Coûts d’exploitation par rapport au budget de référence, chaque année', 'Note moyenne de l’enquête utilisateurs, deux fois par an', 'Constats ouverts au registre d’audit, chaque trimestre'],
  nl: ['Mediaan aantal dagen van ontvangst tot besluit, uit het zaaksysteem, per kwartaal', 'Online ingediende aanvragen ÷ alle aanvragen, per kwartaal', 'Beheerkosten ten opzichte van de uitgangsbegroting, per jaar', 'Gemiddelde score in de gebruikersenquête, twee keer per jaar', 'Openstaande bevindingen in het auditregister, per kwartaal'],
  it: ['Giorni mediani dalla ricezione alla decisione, dal sistema di gestione delle pratiche, ogni trimestre', 'Domande presentate online ÷ tutte le domande, ogni trimestre', 'Costi operativi rispetto al budget di partenza, ogni anno', 'Voto medio dell’indagine sugli utenti, due volte l’anno', 'Rilievi aperti nel registro di audit, ogni trimestre']
};

/** The name of a project's gate evidence document (a register of the evidence the checklist names), by gate title. */
export const EVIDENCE_DOCUMENT: Readonly<Record<Lang, (gate: string) => string>> = {
  en: gate => `Evidence ${gate}`,
  de: gate => `Nachweise ${gate}`,
  fr: gate => `Preuves ${gate}`,
  nl: gate => `Bewijsstukken ${gate}`,
  it: gate => `Evidenze ${gate}`
};
