/**
 * The PMO's reference data in the site's language: resource roles, gates and their checklists,
 * KPIs, scoring models, communities, training modules and maturity questions, written as a
 * public-sector PMO in that country writes them (PRINCE2 terms as that language's PRINCE2 material
 * uses them, the country's procurement and security terms). Codes (role, gate, KPI and module
 * codes) are the same in every language; they and the figures are in reference.ts.
 */
import type { GateCode, KpiCode, MaturityDimensionCode, ModuleCode, RoleCode } from './reference';
import type { Lang } from './text';

/** A title and its text (summary or guidance). */
export type TitleAndText = readonly [string, string];

/** Title and summary of each resource role, by role code. */
export const ROLE_TEXTS: Readonly<Record<Lang, Readonly<Record<RoleCode, TitleAndText>>>> = {
  en: {
    PM: ['Project Manager', 'Leads projects along PRINCE2.'],
    BA: ['Business Analyst', 'Requirements, processes and acceptance.'],
    ARCH: ['Solution Architect', 'Architecture and integration design.'],
    DEV: ['Developer', 'Builds and configures the solution.'],
    QA: ['Test Engineer', 'Test management and test automation.'],
    INFRA: ['Infrastructure Engineer', 'Hosting, network and operations.'],
    SEC: ['Security Specialist', 'ISO 27001 controls, NIS2 and penetration tests.'],
    DATA: ['Data Engineer', 'Data migration and data platform.'],
    CHG: ['Change Manager', 'Communication, training and adoption.'],
    PROC: ['Procurement Specialist', 'Public procurement procedures and contracts.']
  },
  de: {
    PM: ['Projektleitung', 'Leitet Projekte nach PRINCE2.'],
    BA: ['Anforderungsmanagement', 'Anforderungen, Prozesse und Abnahme.'],
    ARCH: ['Lösungsarchitektur', 'Entwurf der Architektur und der Schnittstellen.'],
    DEV: ['Entwicklung', 'Baut und konfiguriert die Lösung.'],
    QA: ['Test und Qualitätssicherung', 'Testmanagement und Testautomatisierung.'],
    INFRA: ['IT-Betrieb und Infrastruktur', 'Hosting, Netzwerk und Betrieb.'],
    SEC: ['Informationssicherheit', 'Maßnahmen nach ISO 27001, NIS2 und Penetrationstests.'],
    DATA: ['Datenmanagement', 'Datenmigration und Datenplattform.'],
    CHG: ['Veränderungsmanagement', 'Kommunikation, Schulung und Akzeptanz.'],
    PROC: ['Vergabemanagement', 'Vergabeverfahren und Verträge.']
  },
  fr: {
    PM: ['Chef de projet', 'Pilote les projets selon PRINCE2.'],
    BA: ['Analyste métier', 'Besoins, processus et recette.'],
    ARCH: ['Architecte solution', 'Conception de l’architecture et des interfaces.'],
    DEV: ['Développeur', 'Réalise et paramètre la solution.'],
    QA: ['Ingénieur de test', 'Stratégie de test et automatisation des tests.'],
    INFRA: ['Ingénieur infrastructure', 'Hébergement, réseau et exploitation.'],
    SEC: ['Spécialiste sécurité des SI', 'Mesures ISO 27001, NIS2 et tests d’intrusion.'],
    DATA: ['Ingénieur données', 'Reprise des données et plateforme de données.'],
    CHG: ['Responsable de la conduite du changement', 'Communication, formation et appropriation.'],
    PROC: ['Acheteur public', 'Procédures de la commande publique et marchés.']
  },
  nl: {
    PM: ['Projectmanager', 'Leidt projecten volgens PRINCE2.'],
    BA: ['Informatieanalist', 'Eisen, processen en acceptatie.'],
    ARCH: ['Solutionarchitect', 'Ontwerp van architectuur en koppelingen.'],
    DEV: ['Ontwikkelaar', 'Bouwt en configureert de oplossing.'],
    QA: ['Testspecialist', 'Testmanagement en testautomatisering.'],
    INFRA: ['Infrastructuurspecialist', 'Hosting, netwerk en beheer.'],
    SEC: ['Specialist informatiebeveiliging', 'Maatregelen volgens ISO 27001, NIS2 en penetratietests.'],
    DATA: ['Data-engineer', 'Datamigratie en dataplatform.'],
    CHG: ['Verandermanager', 'Communicatie, training en adoptie.'],
    PROC: ['Inkoopadviseur', 'Aanbestedingsprocedures en contracten.']
  },
  it: {
    PM: ['Responsabile di progetto', 'Gestisce i progetti secondo PRINCE2.'],
    BA: ['Analista funzionale', 'Requisiti, processi e collaudo.'],
    ARCH: ['Architetto delle soluzioni', 'Progettazione dell’architettura e delle integrazioni.'],
    DEV: ['Sviluppatore', 'Realizza e configura la soluzione.'],
    QA: ['Specialista di test', 'Gestione dei test e automazione dei test.'],
    INFRA: ['Sistemista', 'Hosting, rete ed esercizio.'],
    SEC: ['Esperto di sicurezza informatica', 'Controlli ISO 27001, NIS2 e penetration test.'],
    DATA: ['Ingegnere dei dati', 'Migrazione dei dati e piattaforma dati.'],
    CHG: ['Responsabile della gestione del cambiamento', 'Comunicazione, formazione e adozione.'],
    PROC: ['Esperto di appalti pubblici', 'Procedure di gara e contratti.']
  }
};

/**
 * Title and summary of each gate, by gate code. The gates carry the name the product gives them in
 * each language (Phasentor, jalon de décision, fasepoort, gate) and the PRINCE2 process they close.
 */
export const GATE_TEXTS: Readonly<Record<Lang, Readonly<Record<GateCode, TitleAndText>>>> = {
  en: {
    G0: ['Gate 0 – Mandate', 'Is the project worth initiating? Mandate and outline business case.'],
    G1: ['Gate 1 – Project initiation', 'Project initiation documentation, business case and plan approved.'],
    G2: ['Gate 2 – Delivery stage boundary', 'Stage results accepted and next stage plan approved.'],
    G3: ['Gate 3 – Go-live readiness', 'Acceptance, operations and security ready for go-live.'],
    G4: ['Gate 4 – Project closure', 'Handover complete, lessons recorded, benefits owners named.']
  },
  de: {
    G0: ['Phasentor 0 – Projektmandat', 'Lohnt es sich, das Projekt zu initiieren? Projektmandat und Entwurf des Business Case.'],
    G1: ['Phasentor 1 – Initiieren des Projekts', 'Projektleitdokumentation, Business Case und Projektplan sind genehmigt.'],
    G2: ['Phasentor 2 – Phasenübergang', 'Die Ergebnisse der Phase sind abgenommen, der Plan der nächsten Phase ist genehmigt.'],
    G3: ['Phasentor 3 – Betriebsbereitschaft', 'Abnahme, Betrieb und Informationssicherheit sind bereit für die Inbetriebnahme.'],
    G4: ['Phasentor 4 – Projektabschluss', 'Übergabe erfolgt, Erfahrungen dokumentiert, Verantwortliche für den Nutzen benannt.']
  },
  fr: {
    G0: ['Jalon 0 – Mandat de projet', 'Le projet mérite-t-il d’être initialisé ? Mandat et ébauche du cas d’affaire.'],
    G1: ['Jalon 1 – Initialisation du projet', 'Documentation d’initialisation du projet, cas d’affaire et plan approuvés.'],
    G2: ['Jalon 2 – Limite de séquence', 'Résultats de la séquence acceptés et plan de la séquence suivante approuvé.'],
    G3: ['Jalon 3 – Aptitude à la mise en service', 'Recette, exploitation et sécurité prêtes pour la mise en service.'],
    G4: ['Jalon 4 – Clôture du projet', 'Transfert terminé, leçons consignées, responsables des bénéfices désignés.']
  },
  nl: {
    G0: ['Fasepoort 0 – Projectmandaat', 'Is het project de moeite waard om te initiëren? Mandaat en globale business case.'],
    G1: ['Fasepoort 1 – Initiëren van het project', 'Projectinitiatiedocumentatie, business case en projectplan goedgekeurd.'],
    G2: ['Fasepoort 2 – Faseovergang', 'Resultaten van de fase geaccepteerd en het plan voor de volgende fase goedgekeurd.'],
    G3: ['Fasepoort 3 – Gereed voor ingebruikname', 'Acceptatie, beheer en beveiliging zijn gereed voor de ingebruikname.'],
    G4: ['Fasepoort 4 – Projectafsluiting', 'Overdracht afgerond, lessen vastgelegd, batenhouders benoemd.']
  },
  it: {
    G0: ['Gate 0 – Mandato di progetto', 'Vale la pena avviare il progetto? Mandato e business case preliminare.'],
    G1: ['Gate 1 – Inizio del progetto', 'Documentazione di inizio progetto, business case e piano approvati.'],
    G2: ['Gate 2 – Limite di fase', 'Risultati della fase accettati e piano della fase successiva approvato.'],
    G3: ['Gate 3 – Idoneità al rilascio in esercizio', 'Collaudo, esercizio e sicurezza pronti per la messa in produzione.'],
    G4: ['Gate 4 – Chiusura del progetto', 'Passaggio di consegne completato, lezioni registrate, responsabili dei benefici nominati.']
  }
};

/** Title and guidance of each gate checklist item, in the order of CHECKLIST (reference.ts). */
export const CHECKLIST_TEXTS: Readonly<Record<Lang, ReadonlyArray<TitleAndText>>> = {
  en: [
    ['Sponsor named and mandate signed', 'The sponsor signs the project mandate.'],
    ['Procurement need and estimated value stated', 'State whether EU thresholds may be reached.'],
    ['Information classification done', 'Classify the information the project will handle.'],
    ['Business case approved by the board', 'Options, costs, benefits and risks.'],
    ['Quality management approach defined', 'Acceptance criteria and quality reviews.'],
    ['ISMS scope and risk assessment updated', 'ISO 27001 clause 6.1.2: information security risk assessment.'],
    ['NIS2 relevance assessed', 'Does the service fall under essential or important entities?'],
    ['Procurement procedure chosen', 'Open, restricted, negotiated, framework agreement or below threshold.'],
    ['Stage products accepted', 'Product descriptions met; sign-offs filed.'],
    ['Contract awarded and standstill period observed', 'Award decision notified; standstill period respected.'],
    ['Risk treatment plan agreed', 'Controls chosen from ISO 27001 Annex A.'],
    ['User acceptance test passed', 'No open severity 1 or 2 defects.'],
    ['Penetration test findings closed', 'Critical and high findings fixed or risk accepted.'],
    ['Incident reporting process in place', 'Early warning within 24 hours, notification within 72 hours.'],
    ['Accessibility (WCAG 2.1 AA) verified', 'Accessibility statement published.'],
    ['Lessons learned recorded', 'Lessons in the PMO lessons log.'],
    ['Handover to operations signed', 'Operations accepts the service.'],
    ['Benefit owners named for realisation', 'Benefits reviews planned after closure.']
  ],
  de: [
    ['Auftraggeber benannt und Projektmandat unterzeichnet', 'Der Auftraggeber unterzeichnet das Projektmandat.'],
    ['Beschaffungsbedarf und geschätzter Auftragswert angegeben', 'Angeben, ob die EU-Schwellenwerte erreicht werden können.'],
    ['Schutzbedarfsfeststellung durchgeführt', 'Die Informationen einstufen, die das Projekt verarbeitet.'],
    ['Business Case vom Strategieausschuss genehmigt', 'Optionen, Kosten, Nutzen und Risiken.'],
    ['Qualitätsmanagementstrategie festgelegt', 'Abnahmekriterien und Qualitätsprüfungen.'],
    ['ISMS-Geltungsbereich und Risikobeurteilung aktualisiert', 'ISO 27001 Abschnitt 6.1.2: Beurteilung der Informationssicherheitsrisiken.'],
    ['NIS2-Betroffenheit geprüft', 'Fällt der Dienst unter die besonders wichtigen oder wichtigen Einrichtungen?'],
    ['Vergabeverfahren gewählt', 'Offenes oder nicht offenes Verfahren, Verhandlungsverfahren, Rahmenvereinbarung oder Unterschwellenvergabe.'],
    ['Produkte der Phase abgenommen', 'Produktbeschreibungen erfüllt, Abnahmeerklärungen abgelegt.'],
    ['Zuschlag erteilt und Wartefrist eingehalten', 'Vorabinformation nach § 134 GWB versandt, Wartefrist eingehalten.'],
    ['Risikobehandlungsplan abgestimmt', 'Maßnahmen aus Anhang A der ISO 27001 ausgewählt.'],
    ['Abnahmetest bestanden', 'Keine offenen Fehler der Fehlerklassen 1 oder 2.'],
    ['Feststellungen des Penetrationstests behoben', 'Kritische und hohe Feststellungen behoben oder Risiko akzeptiert.'],
    ['Meldeprozess für Sicherheitsvorfälle eingerichtet', 'Frühe Erstmeldung innerhalb von 24 Stunden, Meldung innerhalb von 72 Stunden.'],
    ['Barrierefreiheit (WCAG 2.1 AA) geprüft', 'Erklärung zur Barrierefreiheit veröffentlicht.'],
    ['Erfahrungen dokumentiert', 'Erfahrungen im Erfahrungsprotokoll des PMO.'],
    ['Übergabe an den Betrieb unterzeichnet', 'Der Betrieb übernimmt den Dienst.'],
    ['Verantwortliche für die Nutzenrealisierung benannt', 'Nutzenüberprüfungen nach dem Projektabschluss geplant.']
  ],
  fr: [
    ['Commanditaire désigné et mandat signé', 'Le commanditaire signe le mandat de projet.'],
    ['Besoin d’achat et montant estimé indiqués', 'Indiquer si les seuils européens peuvent être atteints.'],
    ['Classification des informations réalisée', 'Classer les informations que le projet traitera.'],
    ['Cas d’affaire approuvé par le comité stratégique', 'Options, coûts, bénéfices et risques.'],
    ['Approche de management de la qualité définie', 'Critères d’acceptation et revues qualité.'],
    ['Périmètre du SMSI et appréciation des risques mis à jour', 'ISO 27001, article 6.1.2 : appréciation des risques de sécurité de l’information.'],
    ['Assujettissement à NIS2 évalué', 'Le service relève-t-il des entités essentielles ou importantes ?'],
    ['Procédure de passation choisie', 'Appel d’offres ouvert ou restreint, procédure avec négociation, accord-cadre ou procédure adaptée.'],
    ['Produits de la séquence acceptés', 'Descriptions de produit respectées ; procès-verbaux de recette classés.'],
    ['Marché attribué et délai de suspension respecté', 'Rejet des offres notifié aux candidats évincés ; délai respecté avant la signature.'],
    ['Plan de traitement des risques validé', 'Mesures choisies dans l’annexe A de l’ISO 27001.'],
    ['Recette fonctionnelle prononcée', 'Aucune anomalie bloquante ou majeure ouverte.'],
    ['Constats du test d’intrusion levés', 'Constats critiques et élevés corrigés ou risque accepté.'],
    ['Processus de notification des incidents en place', 'Alerte précoce sous 24 heures, notification sous 72 heures.'],
    ['Accessibilité (RGAA, WCAG 2.1 AA) vérifiée', 'Déclaration d’accessibilité publiée.'],
    ['Retours d’expérience consignés', 'Leçons inscrites au registre des leçons du PMO.'],
    ['Transfert à l’exploitation signé', 'L’exploitation accepte le service.'],
    ['Responsables de la réalisation des bénéfices désignés', 'Revues des bénéfices planifiées après la clôture.']
  ],
  nl: [
    ['Opdrachtgever benoemd en mandaat ondertekend', 'De opdrachtgever ondertekent het projectmandaat.'],
    ['Inkoopbehoefte en geraamde waarde vastgelegd', 'Vastleggen: worden de Europese drempelwaarden mogelijk bereikt?'],
    ['BIV-classificatie uitgevoerd', 'Bepaal de BIV-classificatie van de gegevens in het project.'],
    ['Business case goedgekeurd door de strategieraad', 'Opties, kosten, baten en risico’s.'],
    ['Kwaliteitsmanagementaanpak vastgesteld', 'Acceptatiecriteria en kwaliteitsreviews.'],
    ['ISMS-scope en risicobeoordeling bijgewerkt', 'ISO 27001 paragraaf 6.1.2: beoordeling van informatiebeveiligingsrisico’s.'],
    ['NIS2-relevantie beoordeeld', 'Valt de dienst onder de essentiële dan wel de belangrijke entiteiten?'],
    ['Aanbestedingsprocedure gekozen', 'Openbaar, niet-openbaar, onderhandelingsprocedure, raamovereenkomst dan wel meervoudig onderhands.'],
    ['Producten van de fase geaccepteerd', 'Productbeschrijvingen nagekomen; akkoorden gearchiveerd.'],
    ['Opdracht gegund en opschortende termijn in acht genomen', 'Gunningsbeslissing bekendgemaakt; opschortende termijn van 20 dagen gerespecteerd.'],
    ['Risicobehandelplan vastgesteld', 'Maatregelen gekozen uit bijlage A van ISO 27001.'],
    ['Gebruikersacceptatietest geslaagd', 'Geen openstaande bevindingen van prioriteit 1 en 2.'],
    ['Bevindingen uit de pentest opgelost', 'Kritieke en hoge bevindingen opgelost dan wel het risico geaccepteerd.'],
    ['Meldproces voor incidenten ingericht', 'Vroegtijdige waarschuwing binnen 24 uur, melding binnen 72 uur.'],
    ['Toegankelijkheid (WCAG 2.1 AA) getoetst', 'Toegankelijkheidsverklaring gepubliceerd.'],
    ['Geleerde lessen vastgelegd', 'Lessen in het lessenlogboek van het PMO.'],
    ['Overdracht aan beheer ondertekend', 'De beheerorganisatie neemt de dienst over.'],
    ['Batenhouders benoemd voor de batenrealisatie', 'Batenreviews gepland na de afsluiting.']
  ],
  it: [
    ['Committente nominato e mandato firmato', 'Il committente firma il mandato di progetto.'],
    ['Fabbisogno di acquisto e valore stimato indicati', 'Indicare se possono essere raggiunte le soglie UE.'],
    ['Classificazione delle informazioni effettuata', 'Classificare le informazioni che il progetto tratterà.'],
    ['Business case approvato dal comitato strategico', 'Opzioni, costi, benefici e rischi.'],
    ['Approccio alla gestione della qualità definito', 'Criteri di accettazione e revisioni della qualità.'],
    ['Perimetro del SGSI e valutazione del rischio aggiornati', 'ISO 27001, punto 6.1.2: valutazione del rischio relativo alla sicurezza delle informazioni.'],
    ['Applicabilità della NIS2 valutata', 'Il servizio rientra tra i soggetti essenziali o importanti?'],
    ['Procedura di affidamento scelta', 'Procedura aperta, ristretta, negoziata, accordo quadro o affidamento sotto soglia.'],
    ['Prodotti della fase accettati', 'Descrizioni di prodotto rispettate; approvazioni archiviate.'],
    ['Contratto aggiudicato e termine dilatorio rispettato', 'Aggiudicazione comunicata; termine dilatorio (stand still) rispettato.'],
    ['Piano di trattamento del rischio concordato', 'Controlli scelti dall’Allegato A della ISO 27001.'],
    ['Collaudo utente superato', 'Nessun difetto aperto di gravità 1 o 2.'],
    ['Rilievi del penetration test chiusi', 'Rilievi critici e alti corretti o rischio accettato.'],
    ['Processo di notifica degli incidenti attivo', 'Preallarme entro 24 ore, notifica entro 72 ore.'],
    ['Accessibilità (WCAG 2.1 AA) verificata', 'Dichiarazione di accessibilità pubblicata.'],
    ['Lezioni apprese registrate', 'Lezioni nel registro delle lezioni del PMO.'],
    ['Passaggio in esercizio firmato', 'L’esercizio prende in carico il servizio.'],
    ['Responsabili dei benefici nominati', 'Revisioni dei benefici pianificate dopo la chiusura.']
  ]
};

/** What a gate review's conditions say about an unmet checklist item (its title given). */
export const GATE_CONDITIONS: Readonly<Record<Lang, { close: (item: string) => string; notMet: (item: string) => string }>> = {
  en: { close: item => `Close “${item}” within 30 days.`, notMet: item => `Not met: ${item}.` },
  de: { close: item => `„${item}“ innerhalb von 30 Tagen erledigen.`, notMet: item => `Nicht erfüllt: ${item}.` },
  fr: { close: item => `Lever « ${item} » sous 30 jours.`, notMet: item => `Non satisfait : ${item}.` },
  nl: { close: item => `‘${item}’ binnen 30 dagen afronden.`, notMet: item => `Niet voldaan: ${item}.` },
  it: { close: item => `Chiudere «${item}» entro 30 giorni.`, notMet: item => `Non soddisfatto: ${item}.` }
};

/** A KPI's texts: title, how it is measured and a summary (its unit is the formula's unit code, src/domain/kpi). */
export interface IKpiText { title: string; measure: string; summary: string }

const kpi = (title: string, measure: string, summary: string): IKpiText => ({ title, measure, summary });

/** The texts of each KPI, by KPI code. */
export const KPI_TEXTS: Readonly<Record<Lang, Readonly<Record<KpiCode, IKpiText>>>> = {
  en: {
    'KPI-SPI': kpi('Schedule performance index', 'Σ EV / Σ PV', 'Earned value over planned value of the running projects\' latest reports.'),
    'KPI-SPI-MIN': kpi('Lowest schedule performance index', 'lowest EV / PV of a running project', 'The project furthest behind its plan.'),
    'KPI-CPI': kpi('Cost performance index', 'Σ EV / Σ AC', 'Earned value over actual cost of the running projects\' latest reports.'),
    'KPI-CPI-MIN': kpi('Lowest cost performance index', 'lowest EV / AC of a running project', 'The project furthest over its costs.'),
    'KPI-GREEN': kpi('Projects reporting green', 'share of running projects with overall RAG green', 'Share of running projects whose overall RAG is green.'),
    'KPI-RED': kpi('Projects reporting red', 'share of running projects with overall RAG red', 'Share of running projects whose overall RAG is red.'),
    'KPI-MS': kpi('Milestones on time', 'achieved on or before baseline, of those due in 12 months', 'Milestones achieved no later than their baseline date.'),
    'KPI-MS-LATE': kpi('Late milestones', 'open milestones past their baseline date', 'Milestones of running projects that are late and still open.'),
    'KPI-RISK': kpi('Open high risks', 'open risks in the high band', 'Open risks of running projects whose score is in the high band.'),
    'KPI-ISSUE': kpi('Overdue issues', 'open issues past their due date', 'Open issues of running projects whose due date has passed.'),
    'KPI-BEN': kpi('Benefits realised', 'realised benefits / benefits due', 'Benefits that reached their target by their planned date.'),
    'KPI-BUDGET': kpi('Budget variance', '(Σ forecast − Σ planned) / Σ planned, this fiscal year', 'Forecast overrun (positive) or underspend (negative) of this year\'s budget lines.'),
    'KPI-INTAKE': kpi('Requests in intake', 'requests submitted and not yet decided', 'The intake backlog.'),
    'KPI-LEAD': kpi('Request lead time', 'days from submission to decision', 'Intake speed.'),
    'KPI-GATE': kpi('Gates passed at the first attempt', 'gate passages whose first decision was a go', 'Readiness of projects at their gate reviews.')
  },
  de: {
    'KPI-SPI': kpi('Terminleistungsindex (SPI)', 'Σ EV / Σ PV', 'Fertigstellungswert im Verhältnis zum Planwert der letzten Berichte der laufenden Projekte.'),
    'KPI-SPI-MIN': kpi('Niedrigster Terminleistungsindex', 'niedrigster EV / PV eines laufenden Projekts', 'Das Projekt, das seinem Plan am weitesten hinterherläuft.'),
    'KPI-CPI': kpi('Kostenleistungsindex (CPI)', 'Σ EV / Σ AC', 'Fertigstellungswert im Verhältnis zu den Istkosten der letzten Berichte der laufenden Projekte.'),
    'KPI-CPI-MIN': kpi('Niedrigster Kostenleistungsindex', 'niedrigster EV / AC eines laufenden Projekts', 'Das Projekt, das seine Kosten am weitesten überschreitet.'),
    'KPI-GREEN': kpi('Projekte mit grüner Ampel', 'Anteil der laufenden Projekte mit grüner Gesamtampel', 'Anteil der laufenden Projekte, deren Gesamtampel auf Grün steht.'),
    'KPI-RED': kpi('Projekte mit roter Ampel', 'Anteil der laufenden Projekte mit roter Gesamtampel', 'Anteil der laufenden Projekte, deren Gesamtampel auf Rot steht.'),
    'KPI-MS': kpi('Meilensteintermintreue', 'zum oder vor dem Basistermin erreicht, von den in 12 Monaten fälligen', 'Meilensteine, die spätestens zum Basistermin erreicht wurden.'),
    'KPI-MS-LATE': kpi('Verspätete Meilensteine', 'offene Meilensteine nach ihrem Basistermin', 'Meilensteine laufender Projekte, die verspätet und noch offen sind.'),
    'KPI-RISK': kpi('Offene hohe Risiken', 'offene Risiken im hohen Bereich', 'Offene Risiken laufender Projekte, deren Bewertung im hohen Bereich liegt.'),
    'KPI-ISSUE': kpi('Überfällige Probleme', 'offene Probleme nach ihrem Fälligkeitsdatum', 'Offene Probleme laufender Projekte, deren Fälligkeitsdatum verstrichen ist.'),
    'KPI-BEN': kpi('Realisierter Nutzen', 'realisierter Nutzen / fälliger Nutzen', 'Nutzen, der sein Ziel bis zum geplanten Datum erreicht hat.'),
    'KPI-BUDGET': kpi('Budgetabweichung', '(Σ Prognose − Σ Plan) / Σ Plan, laufendes Geschäftsjahr', 'Prognostizierte Überschreitung (positiv) oder Unterschreitung (negativ) der diesjährigen Budgetpositionen.'),
    'KPI-INTAKE': kpi('Anträge in Bearbeitung', 'eingereichte, noch nicht entschiedene Anträge', 'Der Antragsrückstand.'),
    'KPI-LEAD': kpi('Durchlaufzeit der Projektanträge', 'Tage von der Einreichung bis zur Entscheidung', 'Bearbeitungsdauer der Anträge.'),
    'KPI-GATE': kpi('Phasentore im ersten Anlauf bestanden', 'Phasentor-Durchgänge, deren erste Entscheidung eine Freigabe war', 'Reife der Projekte bei ihren Phasentor-Prüfungen.')
  },
  fr: {
    'KPI-SPI': kpi('Indice de performance des délais (SPI)', 'Σ EV / Σ PV', 'Valeur acquise rapportée à la valeur planifiée des derniers rapports des projets en cours.'),
    'KPI-SPI-MIN': kpi('Indice de performance des délais le plus bas', 'plus bas EV / PV d’un projet en cours', 'Le projet le plus en retard sur son plan.'),
    'KPI-CPI': kpi('Indice de performance des coûts (CPI)', 'Σ EV / Σ AC', 'Valeur acquise rapportée aux coûts réels des derniers rapports des projets en cours.'),
    'KPI-CPI-MIN': kpi('Indice de performance des coûts le plus bas', 'plus bas EV / AC d’un projet en cours', 'Le projet qui dépasse le plus ses coûts.'),
    'KPI-GREEN': kpi('Projets au vert', 'part des projets en cours dont la météo globale est au vert', 'Part des projets en cours dont la météo globale est au vert.'),
    'KPI-RED': kpi('Projets au rouge', 'part des projets en cours dont la météo globale est au rouge', 'Part des projets en cours dont la météo globale est au rouge.'),
    'KPI-MS': kpi('Jalons tenus', 'atteints au plus tard à la date de référence, parmi ceux échus sur 12 mois', 'Jalons atteints au plus tard à leur date de référence.'),
    'KPI-MS-LATE': kpi('Jalons en retard', 'jalons ouverts après leur date de référence', 'Jalons des projets en cours en retard et toujours ouverts.'),
    'KPI-RISK': kpi('Risques élevés ouverts', 'risques ouverts de niveau élevé', 'Risques ouverts des projets en cours dont la criticité est de niveau élevé.'),
    'KPI-ISSUE': kpi('Problèmes en retard', 'problèmes ouverts après leur échéance', 'Problèmes ouverts des projets en cours dont l’échéance est dépassée.'),
    'KPI-BEN': kpi('Bénéfices réalisés', 'bénéfices réalisés / bénéfices attendus', 'Bénéfices qui ont atteint leur cible à la date prévue.'),
    'KPI-BUDGET': kpi('Écart budgétaire', '(Σ prévision − Σ prévu) / Σ prévu, exercice en cours', 'Dépassement (positif) ou sous-consommation (négatif) prévus des lignes budgétaires de l’exercice.'),
    'KPI-INTAKE': kpi('Demandes en instruction', 'demandes déposées et pas encore décidées', 'Le stock de demandes à instruire.'),
    'KPI-LEAD': kpi('Délai de traitement des demandes', 'jours entre le dépôt et la décision', 'Rapidité de l’instruction des demandes.'),
    'KPI-GATE': kpi('Jalons de décision franchis du premier coup', 'passages de jalon dont la première décision a été favorable', 'Maturité des projets lors de leurs revues de jalon.')
  },
  nl: {
    'KPI-SPI': kpi('Planningsprestatie-index (SPI)', 'Σ EV / Σ PV', 'Verdiende waarde gedeeld door geplande waarde uit de laatste rapportages van de lopende projecten.'),
    'KPI-SPI-MIN': kpi('Laagste planningsprestatie-index', 'laagste EV / PV van een lopend project', 'Het project dat het verst achterloopt op zijn planning.'),
    'KPI-CPI': kpi('Kostenprestatie-index (CPI)', 'Σ EV / Σ AC', 'Verdiende waarde gedeeld door werkelijke kosten uit de laatste rapportages van de lopende projecten.'),
    'KPI-CPI-MIN': kpi('Laagste kostenprestatie-index', 'laagste EV / AC van een lopend project', 'Het project dat het verst boven zijn kosten zit.'),
    'KPI-GREEN': kpi('Projecten op groen', 'aandeel lopende projecten met totaalstatus groen', 'Aandeel van de lopende projecten met een groene totaalstatus.'),
    'KPI-RED': kpi('Projecten op rood', 'aandeel lopende projecten met totaalstatus rood', 'Aandeel van de lopende projecten met een rode totaalstatus.'),
    'KPI-MS': kpi('Mijlpalen op tijd', 'behaald op of vóór de baselinedatum, van de mijlpalen die in 12 maanden vielen', 'Mijlpalen die uiterlijk op hun baselinedatum zijn behaald.'),
    'KPI-MS-LATE': kpi('Te late mijlpalen', 'open mijlpalen na hun baselinedatum', 'Mijlpalen van lopende projecten die te laat en nog open zijn.'),
    'KPI-RISK': kpi('Open hoge risico’s', 'open risico’s in de hoge klasse', 'Open risico’s van lopende projecten met een score in de hoge klasse.'),
    'KPI-ISSUE': kpi('Verlopen issues', 'open issues na hun vervaldatum', 'Open issues van lopende projecten waarvan de vervaldatum is verstreken.'),
    'KPI-BEN': kpi('Gerealiseerde baten', 'gerealiseerde baten / verwachte baten', 'Baten waarvan het doel op de geplande datum is bereikt.'),
    'KPI-BUDGET': kpi('Budgetafwijking', '(Σ prognose − Σ begroot) / Σ begroot, lopend boekjaar', 'Verwachte overschrijding (positief) of onderbesteding (negatief) van de budgetregels van dit jaar.'),
    'KPI-INTAKE': kpi('Aanvragen in behandeling', 'ingediende aanvragen zonder besluit', 'De achterstand van de intake.'),
    'KPI-LEAD': kpi('Doorlooptijd van aanvragen', 'dagen van indiening tot besluit', 'Snelheid van de intake.'),
    'KPI-GATE': kpi('Fasepoorten in één keer gehaald', 'poortpassages waarvan het eerste besluit een go was', 'Gereedheid van projecten bij hun poortbeoordelingen.')
  },
  it: {
    'KPI-SPI': kpi('Indice di performance dei tempi (SPI)', 'Σ EV / Σ PV', 'Valore guadagnato rispetto al valore pianificato degli ultimi report dei progetti in corso.'),
    'KPI-SPI-MIN': kpi('Indice di performance dei tempi più basso', 'EV / PV più basso di un progetto in corso', 'Il progetto più in ritardo sul suo piano.'),
    'KPI-CPI': kpi('Indice di performance dei costi (CPI)', 'Σ EV / Σ AC', 'Valore guadagnato rispetto ai costi effettivi degli ultimi report dei progetti in corso.'),
    'KPI-CPI-MIN': kpi('Indice di performance dei costi più basso', 'EV / AC più basso di un progetto in corso', 'Il progetto che supera di più i suoi costi.'),
    'KPI-GREEN': kpi('Progetti in verde', 'quota dei progetti in corso con semaforo complessivo verde', 'Quota dei progetti in corso con semaforo complessivo verde.'),
    'KPI-RED': kpi('Progetti in rosso', 'quota dei progetti in corso con semaforo complessivo rosso', 'Quota dei progetti in corso con semaforo complessivo rosso.'),
    'KPI-MS': kpi('Milestone rispettate', 'raggiunte entro la data di baseline, tra quelle scadute in 12 mesi', 'Milestone raggiunte non oltre la data di baseline.'),
    'KPI-MS-LATE': kpi('Milestone in ritardo', 'milestone aperte oltre la data di baseline', 'Milestone dei progetti in corso in ritardo e ancora aperte.'),
    'KPI-RISK': kpi('Rischi elevati aperti', 'rischi aperti nella fascia alta', 'Rischi aperti dei progetti in corso con punteggio nella fascia alta.'),
    'KPI-ISSUE': kpi('Problemi scaduti', 'problemi aperti oltre la scadenza', 'Problemi aperti dei progetti in corso la cui scadenza è passata.'),
    'KPI-BEN': kpi('Benefici realizzati', 'benefici realizzati / benefici attesi', 'Benefici che hanno raggiunto l’obiettivo entro la data prevista.'),
    'KPI-BUDGET': kpi('Scostamento di budget', '(Σ previsione − Σ pianificato) / Σ pianificato, esercizio in corso', 'Sforamento (positivo) o minore spesa (negativo) previsti delle voci di budget dell’esercizio.'),
    'KPI-INTAKE': kpi('Richieste in istruttoria', 'richieste presentate e non ancora decise', 'L’arretrato dell’istruttoria.'),
    'KPI-LEAD': kpi('Tempi di istruttoria delle richieste', 'giorni dalla presentazione alla decisione', 'Rapidità dell’istruttoria.'),
    'KPI-GATE': kpi('Gate superati al primo tentativo', 'passaggi di gate la cui prima decisione è stata un via libera', 'Preparazione dei progetti alle revisioni di gate.')
  }
};

/** A scoring model's texts: title, summary and its criteria's titles and summaries (in the model's order). */
export interface IModelText { title: string; summary: string; criteria: ReadonlyArray<TitleAndText> }

/** The texts of the scoring models, in the order of SCORING_MODELS (reference.ts). */
export const SCORING_MODEL_TEXTS: Readonly<Record<Lang, ReadonlyArray<IModelText>>> = {
  en: [
    { title: 'Strategic value 2026', summary: 'Weighted scoring of requests against the 2026 strategy.', criteria: [
      ['Strategic fit', 'Contribution to the strategic objectives.'], ['Security and compliance', 'Closes ISO 27001 / NIS2 gaps or legal duties.'],
      ['Financial benefit', 'Savings and avoided costs.'], ['Citizen impact', 'Better or faster services for citizens.'], ['Delivery risk', 'Complexity, dependencies and capability gaps.']] },
    { title: 'Strategic value 2025 (AHP)', summary: 'AHP-weighted model used in 2025.', criteria: [
      ['Strategic fit', 'Contribution to the 2020–2025 strategy.'], ['Financial benefit', 'Savings and avoided costs.'],
      ['Urgency', 'Legal deadlines and end of support.'], ['Delivery risk', 'Complexity and dependencies.']] },
    { title: 'WSJF for agile epics', summary: 'Weighted shortest job first for epics of the agile release trains.', criteria: [
      ['Business value', 'User and business value.'], ['Time criticality', 'How value decays with delay.'],
      ['Risk reduction / opportunity enablement', 'Reduces risk or enables future work.'], ['Job size', 'Relative effort.']] }
  ],
  de: [
    { title: 'Strategischer Wert 2026', summary: 'Gewichtete Bewertung der Anträge anhand der Strategie 2026.', criteria: [
      ['Strategischer Beitrag', 'Beitrag zu den strategischen Zielen.'], ['Sicherheit und Compliance', 'Schließt Lücken bei ISO 27001 / NIS2 oder erfüllt gesetzliche Pflichten.'],
      ['Wirtschaftlicher Nutzen', 'Einsparungen und vermiedene Kosten.'], ['Nutzen für Bürgerinnen und Bürger', 'Bessere oder schnellere Leistungen für Bürgerinnen und Bürger.'],
      ['Umsetzungsrisiko', 'Komplexität, Abhängigkeiten und fehlende Kompetenzen.']] },
    { title: 'Strategischer Wert 2025 (AHP)', summary: 'Nach AHP gewichtetes Modell, im Jahr 2025 verwendet.', criteria: [
      ['Strategischer Beitrag', 'Beitrag zur Strategie 2020–2025.'], ['Wirtschaftlicher Nutzen', 'Einsparungen und vermiedene Kosten.'],
      ['Dringlichkeit', 'Gesetzliche Fristen und Ende der Herstellerunterstützung.'], ['Umsetzungsrisiko', 'Komplexität und Abhängigkeiten.']] },
    { title: 'WSJF für agile Epics', summary: 'Weighted Shortest Job First für die Epics der agilen Release Trains.', criteria: [
      ['Geschäftswert', 'Wert für Nutzende und für die Organisation.'], ['Zeitkritikalität', 'Wie der Wert mit der Verzögerung sinkt.'],
      ['Risikominderung / Chancenerschließung', 'Senkt Risiken oder ermöglicht künftige Vorhaben.'], ['Umfang', 'Relativer Aufwand.']] }
  ],
  fr: [
    { title: 'Valeur stratégique 2026', summary: 'Notation pondérée des demandes au regard de la stratégie 2026.', criteria: [
      ['Alignement stratégique', 'Contribution aux objectifs stratégiques.'], ['Sécurité et conformité', 'Comble des écarts ISO 27001 / NIS2 ou répond à des obligations légales.'],
      ['Gain financier', 'Économies et coûts évités.'], ['Impact pour les usagers', 'Des services meilleurs ou plus rapides pour les usagers.'],
      ['Risque de réalisation', 'Complexité, dépendances et compétences manquantes.']] },
    { title: 'Valeur stratégique 2025 (AHP)', summary: 'Modèle pondéré par AHP, utilisé en 2025.', criteria: [
      ['Alignement stratégique', 'Contribution à la stratégie 2020–2025.'], ['Gain financier', 'Économies et coûts évités.'],
      ['Urgence', 'Échéances légales et fin du support.'], ['Risque de réalisation', 'Complexité et dépendances.']] },
    { title: 'WSJF pour les epics agiles', summary: 'Weighted Shortest Job First pour les epics des trains de release agiles.', criteria: [
      ['Valeur métier', 'Valeur pour les utilisateurs et pour l’organisation.'], ['Criticité temporelle', 'Comment la valeur diminue avec le retard.'],
      ['Réduction des risques / ouverture d’opportunités', 'Réduit les risques ou rend possibles des travaux futurs.'], ['Taille du travail', 'Effort relatif.']] }
  ],
  nl: [
    { title: 'Strategische waarde 2026', summary: 'Gewogen scoring van aanvragen aan de hand van de strategie 2026.', criteria: [
      ['Strategische bijdrage', 'Bijdrage aan de strategische doelen.'], ['Beveiliging en compliance', 'Dicht hiaten in ISO 27001 / NIS2 en voldoet aan wettelijke verplichtingen.'],
      ['Financieel voordeel', 'Besparingen en vermeden kosten.'], ['Impact voor inwoners', 'Betere en snellere dienstverlening voor inwoners.'],
      ['Uitvoeringsrisico', 'Complexiteit, afhankelijkheden en ontbrekende capaciteiten.']] },
    { title: 'Strategische waarde 2025 (AHP)', summary: 'Met AHP gewogen model, gebruikt in 2025.', criteria: [
      ['Strategische bijdrage', 'Bijdrage aan de strategie 2020–2025.'], ['Financieel voordeel', 'Besparingen en vermeden kosten.'],
      ['Urgentie', 'Wettelijke termijnen en einde van de ondersteuning.'], ['Uitvoeringsrisico', 'Complexiteit en afhankelijkheden.']] },
    { title: 'WSJF voor agile epics', summary: 'Weighted shortest job first voor de epics van de agile release trains.', criteria: [
      ['Bedrijfswaarde', 'Waarde voor gebruikers en organisatie.'], ['Tijdkritiekheid', 'Hoe de waarde afneemt bij uitstel.'],
      ['Risicoreductie / kansen mogelijk maken', 'Verkleint risico’s en maakt toekomstig werk mogelijk.'], ['Omvang', 'Relatieve inspanning.']] }
  ],
  it: [
    { title: 'Valore strategico 2026', summary: 'Valutazione ponderata delle richieste rispetto alla strategia 2026.', criteria: [
      ['Coerenza strategica', 'Contributo agli obiettivi strategici.'], ['Sicurezza e conformità', 'Colma lacune ISO 27001 / NIS2 o adempie obblighi di legge.'],
      ['Beneficio economico', 'Risparmi e costi evitati.'], ['Impatto sui cittadini', 'Servizi migliori o più rapidi per i cittadini.'],
      ['Rischio di attuazione', 'Complessità, dipendenze e carenze di competenze.']] },
    { title: 'Valore strategico 2025 (AHP)', summary: 'Modello ponderato con AHP, usato nel 2025.', criteria: [
      ['Coerenza strategica', 'Contributo alla strategia 2020–2025.'], ['Beneficio economico', 'Risparmi e costi evitati.'],
      ['Urgenza', 'Scadenze di legge e fine del supporto.'], ['Rischio di attuazione', 'Complessità e dipendenze.']] },
    { title: 'WSJF per le epiche agili', summary: 'Weighted shortest job first per le epiche degli agile release train.', criteria: [
      ['Valore di business', 'Valore per gli utenti e per l’organizzazione.'], ['Criticità temporale', 'Quanto il valore diminuisce con il ritardo.'],
      ['Riduzione del rischio / abilitazione di opportunità', 'Riduce i rischi o abilita attività future.'], ['Dimensione del lavoro', 'Impegno relativo.']] }
  ]
};

/**
 * What a criterion's levels describe (ScoringCriteria.ScaleLevelsJson): each seeded criterion names
 * the set that fits its meaning and direction (reference.ts, ICriterionDef.levels). A cost/risk
 * criterion's levels describe the risk or effort, the worst at the top of the scale.
 */
export type LevelSet = 'contribution' | 'compliance' | 'financial' | 'citizen' | 'urgency' | 'risk' | 'wsjfValue' | 'jobSize';

/** The scale values that carry a description: 0, 3, 5, 8, 10 on the 0–10 scale; 1, 3, 8, 20 on WSJF's. */
export const LEVEL_VALUES: Readonly<Record<'scale' | 'wsjf', ReadonlyArray<number>>> = { scale: [0, 3, 5, 8, 10], wsjf: [1, 3, 8, 20] };

/** The descriptions of each level set, per language, one per value of LEVEL_VALUES (WSJF sets: `wsjf`; the others: `scale`). */
export const LEVEL_TEXTS: Readonly<Record<Lang, Readonly<Record<LevelSet, ReadonlyArray<string>>>>> = {
  en: {
    contribution: ['No contribution', 'Some contribution', 'Clear contribution', 'Strong contribution', 'Decisive contribution'],
    compliance: ['No effect on security or compliance', 'Closes minor gaps', 'Closes clear gaps', 'Closes major gaps', 'Fulfils a legal duty'],
    financial: ['No savings', 'Small savings', 'Clear savings', 'Large savings', 'Major savings'],
    citizen: ['No effect for citizens', 'Small improvement for citizens', 'Clear improvement for citizens', 'Strong improvement for citizens', 'Transforms the service for citizens'],
    urgency: ['No deadline', 'Deadline in more than two years', 'Deadline within two years', 'Deadline within a year', 'Legal deadline or end of support within months'],
    risk: ['No notable risk', 'Low risk', 'Moderate risk', 'High risk', 'Very high risk'],
    wsjfValue: ['Minimal', 'Small', 'Significant', 'Maximal'],
    jobSize: ['Very small job', 'Small job', 'Large job', 'Very large job']
  },
  de: {
    contribution: ['Kein Beitrag', 'Geringer Beitrag', 'Deutlicher Beitrag', 'Starker Beitrag', 'Entscheidender Beitrag'],
    compliance: ['Keine Wirkung auf Sicherheit oder Compliance', 'Schließt kleine Lücken', 'Schließt deutliche Lücken', 'Schließt große Lücken', 'Erfüllt eine gesetzliche Pflicht'],
    financial: ['Keine Einsparungen', 'Geringe Einsparungen', 'Deutliche Einsparungen', 'Hohe Einsparungen', 'Sehr hohe Einsparungen'],
    citizen: ['Keine Wirkung für Bürgerinnen und Bürger', 'Kleine Verbesserung für Bürgerinnen und Bürger', 'Deutliche Verbesserung für Bürgerinnen und Bürger', 'Starke Verbesserung für Bürgerinnen und Bürger', 'Verändert die Leistung für Bürgerinnen und Bürger grundlegend'],
    urgency: ['Keine Frist', 'Frist in mehr als zwei Jahren', 'Frist innerhalb von zwei Jahren', 'Frist innerhalb eines Jahres', 'Gesetzliche Frist oder Supportende in wenigen Monaten'],
    risk: ['Kein nennenswertes Risiko', 'Geringes Risiko', 'Mittleres Risiko', 'Hohes Risiko', 'Sehr hohes Risiko'],
    wsjfValue: ['Minimal', 'Gering', 'Erheblich', 'Maximal'],
    jobSize: ['Sehr kleiner Umfang', 'Kleiner Umfang', 'Großer Umfang', 'Sehr großer Umfang']
  },
  fr: {
    contribution: ['Aucune contribution', 'Contribution limitée', 'Contribution nette', 'Forte contribution', 'Contribution décisive'],
    compliance: ['Aucun effet sur la sécurité ou la conformité', 'Comble des écarts mineurs', 'Comble des écarts nets', 'Comble des écarts majeurs', 'Répond à une obligation légale'],
    financial: ['Aucune économie', 'Économies limitées', 'Économies nettes', 'Économies importantes', 'Économies majeures'],
    citizen: ['Aucun effet pour les usagers', 'Légère amélioration pour les usagers', 'Amélioration nette pour les usagers', 'Forte amélioration pour les usagers', 'Transforme le service pour les usagers'],
    urgency: ['Aucune échéance', 'Échéance dans plus de deux ans', 'Échéance sous deux ans', 'Échéance dans l’année', 'Échéance légale ou fin du support dans quelques mois'],
    risk: ['Aucun risque notable', 'Risque faible', 'Risque modéré', 'Risque élevé', 'Risque très élevé'],
    wsjfValue: ['Minimal', 'Faible', 'Important', 'Maximal'],
    jobSize: ['Très petit travail', 'Petit travail', 'Gros travail', 'Très gros travail']
  },
  nl: {
    contribution: ['Geen bijdrage', 'Enige bijdrage', 'Duidelijke bijdrage', 'Sterke bijdrage', 'Doorslaggevende bijdrage'],
    compliance: ['Geen effect op beveiliging en compliance', 'Dicht kleine hiaten', 'Dicht duidelijke hiaten', 'Dicht grote hiaten', 'Voldoet aan een wettelijke plicht'],
    financial: ['Geen besparing', 'Kleine besparing', 'Duidelijke besparing', 'Grote besparing', 'Zeer grote besparing'],
    citizen: ['Geen effect voor inwoners', 'Kleine verbetering voor inwoners', 'Duidelijke verbetering voor inwoners', 'Sterke verbetering voor inwoners', 'Vernieuwt de dienstverlening voor inwoners'],
    urgency: ['Geen termijn', 'Termijn over meer dan twee jaar', 'Termijn binnen twee jaar', 'Termijn binnen een jaar', 'Binnen enkele maanden een wettelijke termijn of het einde van de ondersteuning'],
    risk: ['Geen noemenswaardig risico', 'Laag risico', 'Gemiddeld risico', 'Hoog risico', 'Zeer hoog risico'],
    wsjfValue: ['Minimaal', 'Klein', 'Aanzienlijk', 'Maximaal'],
    jobSize: ['Zeer kleine omvang', 'Kleine omvang', 'Grote omvang', 'Zeer grote omvang']
  },
  it: {
    contribution: ['Nessun contributo', 'Contributo limitato', 'Contributo chiaro', 'Contributo forte', 'Contributo decisivo'],
    compliance: ['Nessun effetto su sicurezza o conformità', 'Colma lacune minori', 'Colma lacune evidenti', 'Colma lacune gravi', 'Adempie un obbligo di legge'],
    financial: ['Nessun risparmio', 'Risparmio limitato', 'Risparmio evidente', 'Risparmio elevato', 'Risparmio molto elevato'],
    citizen: ['Nessun effetto per i cittadini', 'Lieve miglioramento per i cittadini', 'Miglioramento evidente per i cittadini', 'Forte miglioramento per i cittadini', 'Trasforma il servizio per i cittadini'],
    urgency: ['Nessuna scadenza', 'Scadenza oltre due anni', 'Scadenza entro due anni', 'Scadenza entro un anno', 'Scadenza di legge o fine del supporto entro pochi mesi'],
    risk: ['Nessun rischio rilevante', 'Rischio basso', 'Rischio moderato', 'Rischio alto', 'Rischio molto alto'],
    wsjfValue: ['Minimo', 'Piccolo', 'Significativo', 'Massimo'],
    jobSize: ['Lavoro molto piccolo', 'Lavoro piccolo', 'Lavoro grande', 'Lavoro molto grande']
  }
};

/** Title and summary of each community, in the order of COMMUNITIES (reference.ts). */
export const COMMUNITY_TEXTS: Readonly<Record<Lang, ReadonlyArray<TitleAndText>>> = {
  en: [
    ['Project Management Community of Practice', 'Monthly exchange of all project managers.'],
    ['Agile Network', 'Scrum masters, product owners and agile coaches.'],
    ['Security & Compliance Expert Group', 'ISO 27001, NIS2 and data protection questions in projects.'],
    ['Public Procurement Network', 'Tender procedures, thresholds and framework agreements.'],
    ['PRINCE2 User Group (2019–2024)', 'Merged into the PM Community of Practice.']
  ],
  de: [
    ['Fachgemeinschaft Projektmanagement', 'Monatlicher Austausch aller Projektleitungen.'],
    ['Agiles Netzwerk', 'Scrum Master, Product Owner und agile Coaches.'],
    ['Expertenkreis Sicherheit und Compliance', 'Fragen zu ISO 27001, NIS2 und Datenschutz in Projekten.'],
    ['Netzwerk Vergabe', 'Vergabeverfahren, Schwellenwerte und Rahmenvereinbarungen.'],
    ['PRINCE2-Anwendergruppe (2019–2024)', 'In der Fachgemeinschaft Projektmanagement aufgegangen.']
  ],
  fr: [
    ['Communauté de pratique gestion de projet', 'Échange mensuel de tous les chefs de projet.'],
    ['Réseau agile', 'Scrum masters, product owners et coachs agiles.'],
    ['Groupe d’experts sécurité et conformité', 'Questions ISO 27001, NIS2 et protection des données dans les projets.'],
    ['Réseau de la commande publique', 'Procédures de passation, seuils et accords-cadres.'],
    ['Club des utilisateurs PRINCE2 (2019–2024)', 'Fusionné avec la communauté de pratique gestion de projet.']
  ],
  nl: [
    ['Kennisnetwerk Projectmanagement', 'Maandelijkse uitwisseling van alle projectmanagers.'],
    ['Agile netwerk', 'Scrum masters, product owners en agile coaches.'],
    ['Expertgroep Security en Compliance', 'Vragen over ISO 27001, NIS2 en privacy in projecten.'],
    ['Netwerk Aanbesteden', 'Aanbestedingsprocedures, drempelwaarden en raamovereenkomsten.'],
    ['PRINCE2-gebruikersgroep (2019–2024)', 'Opgegaan in het Kennisnetwerk Projectmanagement.']
  ],
  it: [
    ['Comunità di pratica sulla gestione dei progetti', 'Incontro mensile di tutti i responsabili di progetto.'],
    ['Rete agile', 'Scrum master, product owner e agile coach.'],
    ['Gruppo di esperti sicurezza e conformità', 'Domande su ISO 27001, NIS2 e protezione dei dati nei progetti.'],
    ['Rete appalti pubblici', 'Procedure di gara, soglie e accordi quadro.'],
    ['Gruppo utenti PRINCE2 (2019–2024)', 'Confluito nella Comunità di pratica sulla gestione dei progetti.']
  ]
};

/** Title and summary of each training module, by module code. */
export const MODULE_TEXTS: Readonly<Record<Lang, Readonly<Record<ModuleCode, TitleAndText>>>> = {
  en: {
    'TR-P2F': ['PRINCE2 Foundation', 'Principles, themes and processes of PRINCE2 7.'],
    'TR-P2P': ['PRINCE2 Practitioner', 'Tailoring PRINCE2 to the project.'],
    'TR-AGILE': ['Agile project management', 'Scrum and hybrid delivery in a PRINCE2 frame.'],
    'TR-RISK': ['Risk management essentials', 'Identify, assess and treat project risks.'],
    'TR-BEN': ['Benefits management', 'From business case to benefits realisation.'],
    'TR-PROC': ['Public procurement for project managers', 'Procedures, EU thresholds and standstill periods.'],
    'TR-SEC': ['Information security in projects (ISO 27001, NIS2)', 'Security by design, ISMS scope and incident reporting.'],
    'TR-HUB': ['PMO Hub for project managers', 'Status reports, risks, gates and requests in PMO Hub.']
  },
  de: {
    'TR-P2F': ['PRINCE2 Foundation', 'Grundsätze, Themen und Prozesse von PRINCE2 7.'],
    'TR-P2P': ['PRINCE2 Practitioner', 'PRINCE2 an das Projekt anpassen (Tailoring).'],
    'TR-AGILE': ['Agiles Projektmanagement', 'Scrum und hybrides Vorgehen im Rahmen von PRINCE2.'],
    'TR-RISK': ['Grundlagen des Risikomanagements', 'Projektrisiken erkennen, bewerten und behandeln.'],
    'TR-BEN': ['Nutzenmanagement', 'Vom Business Case zur Nutzenrealisierung.'],
    'TR-PROC': ['Vergaberecht für Projektleitungen', 'Vergabeverfahren, EU-Schwellenwerte und Wartefristen.'],
    'TR-SEC': ['Informationssicherheit in Projekten (ISO 27001, NIS2)', 'Security by Design, ISMS-Geltungsbereich und die Meldung von Sicherheitsvorfällen.'],
    'TR-HUB': ['PMO Hub für Projektleitungen', 'Statusberichte, Risiken, Phasentore und Anträge in PMO Hub.']
  },
  fr: {
    'TR-P2F': ['PRINCE2 Foundation', 'Principes, thèmes et processus de PRINCE2 7.'],
    'TR-P2P': ['PRINCE2 Practitioner', 'Adapter PRINCE2 au projet.'],
    'TR-AGILE': ['Gestion de projet agile', 'Scrum et approche hybride dans un cadre PRINCE2.'],
    'TR-RISK': ['Les fondamentaux de la gestion des risques', 'Identifier, évaluer et traiter les risques du projet.'],
    'TR-BEN': ['Gestion des bénéfices', 'Du cas d’affaire à la réalisation des bénéfices.'],
    'TR-PROC': ['La commande publique pour les chefs de projet', 'Procédures, seuils européens et délais de suspension.'],
    'TR-SEC': ['Sécurité de l’information dans les projets (ISO 27001, NIS2)', 'Sécurité dès la conception, périmètre du SMSI et notification des incidents.'],
    'TR-HUB': ['PMO Hub pour les chefs de projet', 'Rapports d’avancement, risques, jalons de décision et demandes dans PMO Hub.']
  },
  nl: {
    'TR-P2F': ['PRINCE2 Foundation', 'Principes, thema’s en processen van PRINCE2 7.'],
    'TR-P2P': ['PRINCE2 Practitioner', 'PRINCE2 op maat maken voor het project.'],
    'TR-AGILE': ['Agile projectmanagement', 'Scrum en hybride werken binnen een PRINCE2-kader.'],
    'TR-RISK': ['Basis risicomanagement', 'Projectrisico’s identificeren, beoordelen en beheersen.'],
    'TR-BEN': ['Batenmanagement', 'Van business case naar batenrealisatie.'],
    'TR-PROC': ['Aanbesteden voor projectmanagers', 'Procedures, Europese drempelwaarden en de opschortende termijn.'],
    'TR-SEC': ['Informatiebeveiliging in projecten (ISO 27001, NIS2)', 'Security by design, ISMS-scope en het melden van incidenten.'],
    'TR-HUB': ['PMO Hub voor projectmanagers', 'Voortgangsrapportages, risico’s, fasepoorten en aanvragen in PMO Hub.']
  },
  it: {
    'TR-P2F': ['PRINCE2 Foundation', 'Principi, temi e processi di PRINCE2 7.'],
    'TR-P2P': ['PRINCE2 Practitioner', 'Adattare PRINCE2 al progetto.'],
    'TR-AGILE': ['Gestione agile dei progetti', 'Scrum e approccio ibrido in un quadro PRINCE2.'],
    'TR-RISK': ['Fondamenti di gestione del rischio', 'Identificare, valutare e trattare i rischi di progetto.'],
    'TR-BEN': ['Gestione dei benefici', 'Dal business case alla realizzazione dei benefici.'],
    'TR-PROC': ['Appalti pubblici per i responsabili di progetto', 'Procedure, soglie UE e termine dilatorio.'],
    'TR-SEC': ['Sicurezza delle informazioni nei progetti (ISO 27001, NIS2)', 'Sicurezza fin dalla progettazione, perimetro del SGSI e notifica degli incidenti.'],
    'TR-HUB': ['PMO Hub per i responsabili di progetto', 'Report di avanzamento, rischi, gate e richieste in PMO Hub.']
  }
};

/** What participants write after a training session (any of them; the same number in each language). */
export const TRAINING_FEEDBACK: Readonly<Record<Lang, ReadonlyArray<string>>> = {
  en: ['Very practical, good examples.', 'Too much theory on day one.', 'Great trainer.', 'Would like more on hybrid projects.'],
  de: ['Sehr praxisnah, gute Beispiele.', 'Am ersten Tag zu viel Theorie.', 'Sehr guter Trainer.', 'Gern mehr zu hybriden Projekten.'],
  fr: ['Très concret, de bons exemples.', 'Trop de théorie le premier jour.', 'Excellent formateur.', 'J’aimerais davantage de contenu sur les projets hybrides.'],
  nl: ['Zeer praktisch, goede voorbeelden.', 'Te veel theorie op de eerste dag.', 'Uitstekende trainer.', 'Graag meer over hybride projecten.'],
  it: ['Molto pratico, buoni esempi.', 'Troppa teoria il primo giorno.', 'Ottimo formatore.', 'Vorrei più contenuti sui progetti ibridi.']
};

/** The maturity questionnaire in one language. */
export interface IMaturityTexts {
  /** The dimensions' names, by MaturityQuestions.MaturityDimension code. */
  dimensions: Readonly<Record<MaturityDimensionCode, string>>;
  /** The question asked at each level 1–5 (after the dimension's name). */
  levels: ReadonlyArray<string>;
  /** The question's guidance: its level and dimension. */
  guidance: (level: number, dimension: string) => string;
  /** Titles of an assessment of the PMO organisation and of a self-assessment. */
  organisation: string;
  self: string;
}

/** The maturity questionnaire (P3M3-style: five levels per dimension) in each language. */
export const MATURITY_TEXTS: Readonly<Record<Lang, IMaturityTexts>> = {
  en: {
    dimensions: { Governance: 'Governance', Portfolio: 'Portfolio', Programme: 'Programme', Project: 'Project', Risk: 'Risk', Benefits: 'Benefits', Resources: 'Resources', Capability: 'Capability' },
    levels: [
      'practices exist but depend on individuals?',
      'practices are defined and used in most projects?',
      'practices are standard, centrally owned and consistently applied?',
      'practices are measured and managed with KPIs?',
      'practices are continuously improved from lessons and data?'
    ],
    guidance: (level, dimension) => `Level ${level} of the ${dimension} dimension (P3M3-style scale).`,
    organisation: 'PMO organisation assessment',
    self: 'Self-assessment'
  },
  de: {
    dimensions: {
      Governance: 'Governance', Portfolio: 'Portfoliomanagement', Programme: 'Programmmanagement', Project: 'Projektmanagement', Risk: 'Risikomanagement',
      Benefits: 'Nutzenmanagement', Resources: 'Ressourcenmanagement', Capability: 'Kompetenzentwicklung'
    },
    levels: [
      'Gibt es Verfahren, die aber von einzelnen Personen abhängen?',
      'Sind die Verfahren festgelegt und werden sie in den meisten Projekten angewandt?',
      'Sind die Verfahren verbindlicher Standard, zentral verantwortet und einheitlich angewandt?',
      'Werden die Verfahren mit Kennzahlen gemessen und gesteuert?',
      'Werden die Verfahren anhand von Erfahrungen und Daten laufend verbessert?'
    ],
    guidance: (level, dimension) => `Stufe ${level} der Dimension „${dimension}“ (Skala nach P3M3).`,
    organisation: 'Reifegradbewertung der PMO-Organisation',
    self: 'Selbstbewertung'
  },
  fr: {
    dimensions: {
      Governance: 'Gouvernance', Portfolio: 'Gestion de portefeuille', Programme: 'Gestion de programme', Project: 'Gestion de projet', Risk: 'Gestion des risques',
      Benefits: 'Gestion des bénéfices', Resources: 'Gestion des ressources', Capability: 'Développement des compétences'
    },
    levels: [
      'existe-t-il des pratiques, même si elles reposent sur quelques personnes ?',
      'les pratiques sont-elles définies et appliquées dans la plupart des projets ?',
      'les pratiques sont-elles standardisées, portées par une instance centrale et appliquées de façon homogène ?',
      'les pratiques sont-elles mesurées et pilotées par des indicateurs ?',
      'les pratiques sont-elles améliorées en continu à partir des retours d’expérience et des données ?'
    ],
    guidance: (level, dimension) => `Niveau ${level} de la dimension « ${dimension} » (échelle de type P3M3).`,
    organisation: 'Évaluation de l’organisation PMO',
    self: 'Auto-évaluation'
  },
  nl: {
    dimensions: {
      Governance: 'Governance', Portfolio: 'Portfoliomanagement', Programme: 'Programmamanagement', Project: 'Projectmanagement', Risk: 'Risicomanagement',
      Benefits: 'Batenmanagement', Resources: 'Capaciteitsmanagement', Capability: 'Competentieontwikkeling'
    },
    levels: [
      'zijn er werkwijzen, maar hangen ze af van individuele medewerkers?',
      'zijn de werkwijzen vastgelegd en worden ze in de meeste projecten toegepast?',
      'zijn de werkwijzen standaard, centraal belegd en worden ze consequent toegepast?',
      'worden de werkwijzen gemeten en gestuurd met kpi’s?',
      'worden de werkwijzen continu verbeterd op basis van lessen en data?'
    ],
    guidance: (level, dimension) => `Niveau ${level} van de dimensie ‘${dimension}’ (schaal naar P3M3).`,
    organisation: 'Beoordeling van de PMO-organisatie',
    self: 'Zelfbeoordeling'
  },
  it: {
    dimensions: {
      Governance: 'Governance', Portfolio: 'Gestione del portafoglio', Programme: 'Gestione dei programmi', Project: 'Gestione dei progetti', Risk: 'Gestione dei rischi',
      Benefits: 'Gestione dei benefici', Resources: 'Gestione delle risorse', Capability: 'Sviluppo delle competenze'
    },
    levels: [
      'esistono pratiche, ma dipendono dalle singole persone?',
      'le pratiche sono definite e applicate nella maggior parte dei progetti?',
      'le pratiche sono standard, governate a livello centrale e applicate in modo uniforme?',
      'le pratiche sono misurate e gestite con indicatori (KPI)?',
      'le pratiche sono migliorate di continuo in base alle lezioni apprese e ai dati?'
    ],
    guidance: (level, dimension) => `Livello ${level} della dimensione «${dimension}» (scala di tipo P3M3).`,
    organisation: 'Valutazione dell’organizzazione PMO',
    self: 'Autovalutazione'
  }
};

/** The maturity question of a dimension (MaturityDimension code) and level (1–5) in a language: "Dimension: question?". */
export function maturityQuestion(lang: Lang, dimension: MaturityDimensionCode, level: number): string {
  const t = MATURITY_TEXTS[lang];
  return `${t.dimensions[dimension]}: ${t.levels[level - 1]}`;
}
