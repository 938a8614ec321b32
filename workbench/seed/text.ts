/**
 * Demo texts in the five languages of PMO Hub's organisations. A project and everything that
 * belongs to it (reports, risks, issues, …) is written in the language of its department's area.
 */

/** The language codes of the schema's Language column. */
export type Lang = 'en' | 'de' | 'fr' | 'nl' | 'it';

export const LANGS: ReadonlyArray<Lang> = ['en', 'de', 'fr', 'nl', 'it'];

/** A text per language. */
export type Texts = Readonly<Record<Lang, ReadonlyArray<string>>>;

/** Project (and request) titles: what the organisation changes. */
export const PROJECT_SUBJECTS: Texts = {
  en: [
    'Citizen portal relaunch', 'ERP platform migration', 'E-invoicing rollout', 'Identity and access management renewal',
    'Data warehouse modernisation', 'Service desk tooling replacement', 'Records management in Microsoft 365', 'Mobile workplace rollout',
    'Case management system upgrade', 'Network segmentation', 'SIEM and SOC monitoring', 'Customer contact centre cloud move',
    'Open data platform', 'Digital signature service', 'Payroll system replacement', 'Backup and disaster recovery redesign',
    'Procurement platform introduction', 'Intranet consolidation', 'GIS platform upgrade', 'Chatbot for citizen enquiries'
  ],
  de: [
    'Einführung der E-Akte', 'Migration des ERP-Systems', 'Neuaufbau des Bürgerportals', 'Erneuerung des Identitätsmanagements',
    'Modernisierung des Rechenzentrums', 'Einführung der E-Rechnung', 'Ablösung des Ticketsystems', 'Digitaler Bauantrag',
    'Aufbau eines Security Operations Centers', 'Netzwerksegmentierung', 'Umstellung auf Microsoft 365', 'Einführung der elektronischen Signatur',
    'Ablösung der Personalabrechnung', 'Datenplattform für Statistik', 'Mobiles Arbeiten für alle Standorte', 'Notfallmanagement und Backup',
    'Online-Terminvergabe', 'Konsolidierung der Fachverfahren', 'Geodateninfrastruktur', 'Umsetzung der OZG-Leistungen'
  ],
  fr: [
    'Refonte du portail citoyen', 'Migration du progiciel de gestion', 'Dématérialisation des factures', 'Renouvellement de la gestion des identités',
    'Modernisation de l’entrepôt de données', 'Remplacement de l’outil de support', 'Gestion électronique des documents', 'Déploiement du poste de travail mobile',
    'Plateforme de marchés publics', 'Segmentation du réseau', 'Centre de supervision de la sécurité', 'Signature électronique des actes',
    'Refonte de la paie', 'Portail de données ouvertes', 'Plan de reprise d’activité', 'Prise de rendez-vous en ligne',
    'Consolidation des applications métier', 'Modernisation du système budgétaire', 'Archivage électronique à valeur probante', 'Assistant virtuel pour les usagers'
  ],
  nl: [
    'Vernieuwing van het burgerportaal', 'Migratie van het ERP-systeem', 'Invoering van e-facturatie', 'Vernieuwing identiteits- en toegangsbeheer',
    'Modernisering van het datawarehouse', 'Vervanging van de servicedesktool', 'Digitaal archiveren in Microsoft 365', 'Uitrol mobiele werkplek',
    'Zaakgericht werken', 'Netwerksegmentatie', 'Security operations centre', 'Digitale handtekening',
    'Vervanging salarisadministratie', 'Open data platform', 'Uitwijk en back-up herinrichting', 'Online afspraken maken',
    'Consolidatie van vakapplicaties', 'Omgevingswet implementatie', 'Klantcontactcentrum naar de cloud', 'Informatiebeveiliging BIO-audit'
  ],
  it: [
    'Rinnovo del portale per i cittadini', 'Migrazione del sistema ERP', 'Fatturazione elettronica', 'Rinnovo della gestione delle identità',
    'Modernizzazione del data warehouse', 'Sostituzione dello strumento di help desk', 'Gestione documentale digitale', 'Postazione di lavoro mobile',
    'Migrazione al cloud nazionale', 'Segmentazione della rete', 'Centro operativo di sicurezza', 'Firma digitale degli atti',
    'Sostituzione del sistema paghe', 'Piattaforma open data', 'Piano di continuità operativa', 'Prenotazione online degli appuntamenti',
    'Consolidamento delle applicazioni', 'Integrazione con pagoPA', 'Conservazione digitale a norma', 'Assistente virtuale per gli utenti'
  ]
};

/** Qualifiers that make repeated subjects distinct. */
export const QUALIFIERS: Texts = {
  en: ['Phase 1', 'Phase 2', 'Pilot', 'Rollout', 'Wave 2', '2027', 'North region', 'South region'],
  de: ['Phase 1', 'Phase 2', 'Pilot', 'Rollout', 'Welle 2', '2027', 'Region Nord', 'Region Süd'],
  fr: ['Phase 1', 'Phase 2', 'Pilote', 'Déploiement', 'Vague 2', '2027', 'Région Nord', 'Région Sud'],
  nl: ['Fase 1', 'Fase 2', 'Pilot', 'Uitrol', 'Golf 2', '2027', 'Regio Noord', 'Regio Zuid'],
  it: ['Fase 1', 'Fase 2', 'Pilota', 'Diffusione', 'Ondata 2', '2027', 'Area Nord', 'Area Sud']
};

/** "{subject} for the {department} department." */
export const PROJECT_SUMMARY: Readonly<Record<Lang, (subject: string, dept: string) => string>> = {
  en: (s, d) => `${s} for ${d}: replaces outdated processes and tools and meets current security and accessibility requirements.`,
  de: (s, d) => `${s} für den Bereich ${d}: löst veraltete Verfahren ab und erfüllt die aktuellen Sicherheits- und Barrierefreiheitsanforderungen.`,
  fr: (s, d) => `${s} pour la direction ${d} : remplace des processus et outils obsolètes et répond aux exigences actuelles de sécurité et d’accessibilité.`,
  nl: (s, d) => `${s} voor de afdeling ${d}: vervangt verouderde processen en systemen en voldoet aan de huidige eisen voor beveiliging en toegankelijkheid.`,
  it: (s, d) => `${s} per la direzione ${d}: sostituisce processi e strumenti obsoleti e rispetta gli attuali requisiti di sicurezza e accessibilità.`
};

export const PROBLEM_STATEMENTS: Texts = {
  en: ['The current system is out of vendor support at the end of next year.', 'Manual steps cause long lead times and errors.', 'Citizens cannot complete the service online.', 'The audit found gaps in access control and logging.', 'Licence costs have doubled since the last renewal.'],
  de: ['Das bestehende System verliert Ende nächsten Jahres den Herstellersupport.', 'Manuelle Arbeitsschritte verursachen lange Durchlaufzeiten und Fehler.', 'Bürgerinnen und Bürger können die Leistung nicht online abschließen.', 'Die Prüfung hat Lücken bei Zugriffsschutz und Protokollierung festgestellt.', 'Die Lizenzkosten haben sich seit der letzten Verlängerung verdoppelt.'],
  fr: ['Le système actuel n’est plus maintenu par l’éditeur à la fin de l’année prochaine.', 'Les étapes manuelles entraînent des délais longs et des erreurs.', 'Les usagers ne peuvent pas réaliser la démarche en ligne.', 'L’audit a relevé des lacunes dans le contrôle des accès et la journalisation.', 'Les coûts de licence ont doublé depuis le dernier renouvellement.'],
  nl: ['Het huidige systeem valt eind volgend jaar buiten de leveranciersondersteuning.', 'Handmatige stappen zorgen voor lange doorlooptijden en fouten.', 'Inwoners kunnen de dienst niet online afronden.', 'De audit vond tekortkomingen in toegangsbeheer en logging.', 'De licentiekosten zijn sinds de laatste verlenging verdubbeld.'],
  it: ['Il sistema attuale esce dal supporto del fornitore alla fine del prossimo anno.', 'I passaggi manuali causano tempi lunghi ed errori.', 'I cittadini non possono completare il servizio online.', 'L’audit ha rilevato lacune nel controllo degli accessi e nella registrazione dei log.', 'I costi di licenza sono raddoppiati dall’ultimo rinnovo.']
};

export const GOALS: Texts = {
  en: ['Cut processing time by 40 %.', 'Offer the service fully online and accessible (WCAG 2.1 AA).', 'Meet ISO 27001 controls for the service.', 'Reduce operating costs by 15 % a year.'],
  de: ['Bearbeitungszeit um 40 % senken.', 'Leistung vollständig online und barrierefrei anbieten (WCAG 2.1 AA).', 'ISO-27001-Maßnahmen für den Dienst erfüllen.', 'Betriebskosten jährlich um 15 % senken.'],
  fr: ['Réduire le délai de traitement de 40 %.', 'Proposer la démarche entièrement en ligne et accessible (RGAA / WCAG 2.1 AA).', 'Respecter les mesures ISO 27001 pour le service.', 'Réduire les coûts d’exploitation de 15 % par an.'],
  nl: ['Doorlooptijd met 40 % verkorten.', 'De dienst volledig online en toegankelijk aanbieden (WCAG 2.1 AA).', 'Voldoen aan de ISO 27001-maatregelen voor de dienst.', 'Beheerkosten jaarlijks met 15 % verlagen.'],
  it: ['Ridurre i tempi di lavorazione del 40 %.', 'Offrire il servizio completamente online e accessibile (WCAG 2.1 AA).', 'Rispettare i controlli ISO 27001 per il servizio.', 'Ridurre i costi operativi del 15 % all’anno.']
};

export const EXPECTED_BENEFITS: Texts = {
  en: ['Fewer manual steps and faster answers to citizens.', 'Lower licence and operating costs.', 'Compliance with NIS2 and audit findings closed.', 'Better data for management decisions.'],
  de: ['Weniger manuelle Schritte und schnellere Antworten an Bürger.', 'Niedrigere Lizenz- und Betriebskosten.', 'NIS2-Konformität und geschlossene Prüfungsfeststellungen.', 'Bessere Daten für Managemententscheidungen.'],
  fr: ['Moins d’étapes manuelles et des réponses plus rapides aux usagers.', 'Baisse des coûts de licence et d’exploitation.', 'Conformité NIS2 et constats d’audit levés.', 'De meilleures données pour le pilotage.'],
  nl: ['Minder handwerk en snellere antwoorden aan inwoners.', 'Lagere licentie- en beheerkosten.', 'Voldoen aan NIS2 en auditbevindingen opgelost.', 'Betere sturingsinformatie.'],
  it: ['Meno passaggi manuali e risposte più rapide ai cittadini.', 'Costi di licenza e di esercizio più bassi.', 'Conformità NIS2 e rilievi di audit chiusi.', 'Dati migliori per le decisioni della direzione.']
};

export const RISKS: Texts = {
  en: ['Key supplier delivers late', 'Data migration quality is poor', 'Tender is challenged by a bidder', 'Key staff leave the project', 'Security review finds critical gaps', 'Users reject the new process', 'Interfaces to legacy systems fail', 'Budget cut in the next fiscal year', 'Licence model changes', 'Accessibility audit fails'],
  de: ['Hauptlieferant liefert verspätet', 'Schlechte Qualität der Datenmigration', 'Vergabeverfahren wird angefochten', 'Schlüsselpersonen verlassen das Projekt', 'Sicherheitsprüfung findet kritische Lücken', 'Anwender lehnen den neuen Prozess ab', 'Schnittstellen zu Altsystemen versagen', 'Budgetkürzung im nächsten Haushaltsjahr', 'Änderung des Lizenzmodells', 'Barrierefreiheitsprüfung scheitert'],
  fr: ['Retard de livraison du fournisseur principal', 'Mauvaise qualité de la reprise des données', 'Recours contre l’attribution du marché', 'Départ de personnes clés', 'L’audit de sécurité révèle des failles critiques', 'Rejet du nouveau processus par les utilisateurs', 'Échec des interfaces avec l’existant', 'Réduction budgétaire l’an prochain', 'Changement du modèle de licence', 'Échec de l’audit d’accessibilité'],
  nl: ['Hoofdleverancier levert te laat', 'Slechte kwaliteit van de datamigratie', 'Aanbesteding wordt aangevochten', 'Sleutelpersonen verlaten het project', 'Beveiligingstoets vindt kritieke gaten', 'Gebruikers wijzen het nieuwe proces af', 'Koppelingen met oude systemen falen', 'Bezuiniging in het volgende begrotingsjaar', 'Licentiemodel verandert', 'Toegankelijkheidsaudit faalt'],
  it: ['Ritardo del fornitore principale', 'Scarsa qualità della migrazione dei dati', 'Ricorso contro l’aggiudicazione della gara', 'Uscita di persone chiave', 'La verifica di sicurezza trova lacune critiche', 'Gli utenti rifiutano il nuovo processo', 'Le interfacce con i sistemi esistenti falliscono', 'Taglio di bilancio nel prossimo esercizio', 'Cambio del modello di licenza', 'Verifica di accessibilità non superata']
};

export const MITIGATIONS: Texts = {
  en: ['Agree penalty clauses and weekly delivery reviews.', 'Run two trial migrations with data owners.', 'Have the tender documents reviewed by legal.', 'Document knowledge and name deputies.', 'Plan a penetration test before go-live.', 'Involve user representatives in every sprint review.'],
  de: ['Vertragsstrafen und wöchentliche Lieferreviews vereinbaren.', 'Zwei Probemigrationen mit den Datenverantwortlichen durchführen.', 'Vergabeunterlagen durch die Rechtsabteilung prüfen lassen.', 'Wissen dokumentieren und Vertretungen benennen.', 'Penetrationstest vor dem Produktivstart einplanen.', 'Anwendervertreter in jedes Sprint-Review einbinden.'],
  fr: ['Prévoir des pénalités et des revues de livraison hebdomadaires.', 'Réaliser deux migrations à blanc avec les propriétaires des données.', 'Faire relire le dossier de consultation par le service juridique.', 'Documenter les connaissances et désigner des suppléants.', 'Planifier un test d’intrusion avant la mise en production.', 'Associer des représentants des utilisateurs à chaque revue de sprint.'],
  nl: ['Boeteclausules en wekelijkse leveringsreviews afspreken.', 'Twee proefmigraties met de data-eigenaren uitvoeren.', 'Aanbestedingsstukken laten toetsen door juridische zaken.', 'Kennis vastleggen en vervangers aanwijzen.', 'Een penetratietest plannen voor de livegang.', 'Gebruikersvertegenwoordigers bij elke sprintreview betrekken.'],
  it: ['Concordare penali e revisioni settimanali delle consegne.', 'Eseguire due migrazioni di prova con i responsabili dei dati.', 'Far verificare i documenti di gara all’ufficio legale.', 'Documentare le conoscenze e nominare sostituti.', 'Pianificare un penetration test prima dell’avvio.', 'Coinvolgere rappresentanti degli utenti in ogni sprint review.']
};

export const ISSUES: Texts = {
  en: ['Test environment not available', 'Supplier missed the sprint delivery', 'Data protection impact assessment still open', 'Interface specification incomplete', 'Performance below target in load test', 'Two key users on long leave', 'Licence order delayed in procurement', 'Accessibility defects found in review'],
  de: ['Testumgebung nicht verfügbar', 'Lieferant hat die Sprintlieferung verpasst', 'Datenschutz-Folgenabschätzung noch offen', 'Schnittstellenspezifikation unvollständig', 'Performance im Lasttest unter Zielwert', 'Zwei Key User langfristig abwesend', 'Lizenzbestellung im Einkauf verzögert', 'Barrierefreiheitsmängel im Review gefunden'],
  fr: ['Environnement de test indisponible', 'Livraison de sprint manquée par le fournisseur', 'Analyse d’impact RGPD toujours ouverte', 'Spécification d’interface incomplète', 'Performances insuffisantes au test de charge', 'Deux utilisateurs clés absents durablement', 'Commande de licences retardée aux achats', 'Défauts d’accessibilité relevés en revue'],
  nl: ['Testomgeving niet beschikbaar', 'Leverancier miste de sprintoplevering', 'DPIA nog niet afgerond', 'Koppelingsspecificatie onvolledig', 'Prestaties onder de norm in de loadtest', 'Twee key users langdurig afwezig', 'Licentiebestelling vertraagd bij inkoop', 'Toegankelijkheidsfouten gevonden in review'],
  it: ['Ambiente di test non disponibile', 'Il fornitore ha mancato la consegna dello sprint', 'Valutazione d’impatto privacy ancora aperta', 'Specifica dell’interfaccia incompleta', 'Prestazioni sotto l’obiettivo nel test di carico', 'Due utenti chiave assenti a lungo', 'Ordine delle licenze in ritardo negli acquisti', 'Difetti di accessibilità trovati in revisione']
};

export const RESOLUTIONS: Texts = {
  en: ['Resolved with a temporary workaround.', 'Escalated to the project board and resolved.', 'Supplier added staff; back on plan.'],
  de: ['Mit einer Übergangslösung behoben.', 'An den Lenkungsausschuss eskaliert und gelöst.', 'Lieferant hat Personal aufgestockt; wieder im Plan.'],
  fr: ['Résolu par une solution de contournement.', 'Remonté au comité de pilotage et résolu.', 'Le fournisseur a renforcé l’équipe ; retour au planning.'],
  nl: ['Opgelost met een tijdelijke oplossing.', 'Geëscaleerd naar de stuurgroep en opgelost.', 'Leverancier heeft extra mensen ingezet; weer op schema.'],
  it: ['Risolto con una soluzione temporanea.', 'Portato al comitato di progetto e risolto.', 'Il fornitore ha aggiunto personale; di nuovo in linea con il piano.']
};

export const DECISIONS: Texts = {
  en: ['Approve stage plan for the next stage', 'Use the framework agreement for licences', 'Move go-live after the year-end closing', 'Accept residual security risk', 'Release contingency budget', 'Start the pilot with two departments'],
  de: ['Stufenplan für die nächste Phase freigeben', 'Rahmenvertrag für Lizenzen nutzen', 'Produktivstart nach den Jahresabschluss verschieben', 'Restrisiko Sicherheit akzeptieren', 'Risikoreserve freigeben', 'Pilot mit zwei Fachbereichen starten'],
  fr: ['Valider le plan de la prochaine séquence', 'Utiliser l’accord-cadre pour les licences', 'Décaler la mise en production après la clôture annuelle', 'Accepter le risque résiduel de sécurité', 'Débloquer la provision pour aléas', 'Lancer le pilote avec deux directions'],
  nl: ['Faseplan voor de volgende fase goedkeuren', 'Raamovereenkomst voor licenties gebruiken', 'Livegang na de jaarafsluiting plannen', 'Restrisico beveiliging accepteren', 'Risicoreserve vrijgeven', 'Pilot starten met twee afdelingen'],
  it: ['Approvare il piano della fase successiva', 'Usare l’accordo quadro per le licenze', 'Spostare l’avvio dopo la chiusura d’esercizio', 'Accettare il rischio residuo di sicurezza', 'Sbloccare la riserva di budget', 'Avviare il pilota con due direzioni']
};

export const CHANGES: Texts = {
  en: ['Add single sign-on for external partners', 'Extend scope to a second department', 'Replace on-premises hosting with cloud hosting', 'Add an English language version', 'Integrate the national e-ID'],
  de: ['Single Sign-on für externe Partner ergänzen', 'Umfang auf einen zweiten Bereich erweitern', 'Eigenbetrieb durch Cloud-Hosting ersetzen', 'Englische Sprachversion ergänzen', 'Nationale eID anbinden'],
  fr: ['Ajouter l’authentification unique pour les partenaires', 'Étendre le périmètre à une deuxième direction', 'Remplacer l’hébergement interne par le cloud', 'Ajouter une version anglaise', 'Intégrer l’identité numérique nationale'],
  nl: ['Single sign-on voor externe partners toevoegen', 'Scope uitbreiden naar een tweede afdeling', 'Eigen hosting vervangen door cloudhosting', 'Engelse taalversie toevoegen', 'Koppeling met DigiD realiseren'],
  it: ['Aggiungere il single sign-on per i partner', 'Estendere il perimetro a una seconda direzione', 'Sostituire l’hosting interno con il cloud', 'Aggiungere la versione in inglese', 'Integrare SPID e CIE']
};

export const LESSONS: Texts = {
  en: ['Involve procurement before the business case', 'Plan data migration as its own work package', 'Weekly demos kept users engaged', 'Security requirements came too late', 'A dedicated product owner sped up decisions', 'Underestimated effort for training'],
  de: ['Einkauf vor dem Business Case einbinden', 'Datenmigration als eigenes Arbeitspaket planen', 'Wöchentliche Demos hielten die Anwender bei der Stange', 'Sicherheitsanforderungen kamen zu spät', 'Ein fester Product Owner beschleunigte Entscheidungen', 'Schulungsaufwand unterschätzt'],
  fr: ['Associer les achats avant l’étude d’opportunité', 'Planifier la reprise des données comme un lot à part', 'Les démonstrations hebdomadaires ont mobilisé les utilisateurs', 'Les exigences de sécurité sont arrivées trop tard', 'Un product owner dédié a accéléré les décisions', 'Effort de formation sous-estimé'],
  nl: ['Inkoop betrekken vóór de business case', 'Datamigratie als apart werkpakket plannen', 'Wekelijkse demo’s hielden gebruikers betrokken', 'Beveiligingseisen kwamen te laat', 'Een vaste product owner versnelde besluiten', 'Opleidingsinspanning onderschat'],
  it: ['Coinvolgere gli acquisti prima del business case', 'Pianificare la migrazione dei dati come pacchetto a sé', 'Le demo settimanali hanno coinvolto gli utenti', 'I requisiti di sicurezza sono arrivati troppo tardi', 'Un product owner dedicato ha accelerato le decisioni', 'Sottostimato l’impegno per la formazione']
};

export const RECOMMENDATIONS: Texts = {
  en: ['Add this to the gate 1 checklist.', 'Share in the PM community of practice.', 'Update the project plan template.'],
  de: ['In die Checkliste von Gate 1 aufnehmen.', 'In der PM-Community teilen.', 'Projektplanvorlage anpassen.'],
  fr: ['L’ajouter à la liste de contrôle du jalon 1.', 'Partager dans la communauté des chefs de projet.', 'Mettre à jour le modèle de plan projet.'],
  nl: ['Opnemen in de checklist van gate 1.', 'Delen in de PM-community.', 'Het projectplansjabloon aanpassen.'],
  it: ['Aggiungerlo alla checklist del gate 1.', 'Condividerlo nella community dei project manager.', 'Aggiornare il modello di piano di progetto.']
};

/** Benefit titles with their unit and (baseline, target) range. */
export const BENEFITS: Readonly<Record<Lang, ReadonlyArray<readonly [string, string, number, number]>>> = {
  en: [['Processing time per case', 'days', 12, 5], ['Online share of applications', '%', 20, 80], ['Annual operating cost saving', 'EUR', 0, 250000], ['User satisfaction', 'score 1-5', 2.8, 4.2], ['Open audit findings', 'count', 14, 0]],
  de: [['Bearbeitungszeit je Vorgang', 'Tage', 12, 5], ['Online-Anteil der Anträge', '%', 20, 80], ['Jährliche Betriebskostensenkung', 'EUR', 0, 250000], ['Anwenderzufriedenheit', 'Note 1-5', 2.8, 4.2], ['Offene Prüfungsfeststellungen', 'Anzahl', 14, 0]],
  fr: [['Délai de traitement par dossier', 'jours', 12, 5], ['Part des demandes en ligne', '%', 20, 80], ['Économie annuelle d’exploitation', 'EUR', 0, 250000], ['Satisfaction des utilisateurs', 'note 1-5', 2.8, 4.2], ['Constats d’audit ouverts', 'nombre', 14, 0]],
  nl: [['Doorlooptijd per zaak', 'dagen', 12, 5], ['Aandeel online aanvragen', '%', 20, 80], ['Jaarlijkse besparing beheerkosten', 'EUR', 0, 250000], ['Gebruikerstevredenheid', 'score 1-5', 2.8, 4.2], ['Openstaande auditbevindingen', 'aantal', 14, 0]],
  it: [['Tempo di lavorazione per pratica', 'giorni', 12, 5], ['Quota di domande online', '%', 20, 80], ['Risparmio annuo sui costi operativi', 'EUR', 0, 250000], ['Soddisfazione degli utenti', 'voto 1-5', 2.8, 4.2], ['Rilievi di audit aperti', 'numero', 14, 0]]
};

export const HIGHLIGHTS: Texts = {
  en: ['Sprint goals met; user acceptance tests started.', 'Supplier onboarded and design workshops held.', 'Data migration trial completed with 98 % quality.', 'Security concept approved by the CISO.', 'Pilot users trained; feedback positive.', 'Delay in interface delivery absorbed by re-planning.'],
  de: ['Sprintziele erreicht; Abnahmetests begonnen.', 'Lieferant eingearbeitet, Designworkshops durchgeführt.', 'Probemigration mit 98 % Datenqualität abgeschlossen.', 'Sicherheitskonzept vom CISO freigegeben.', 'Pilotanwender geschult; Rückmeldungen positiv.', 'Verzug bei der Schnittstelle durch Umplanung aufgefangen.'],
  fr: ['Objectifs du sprint atteints ; recette utilisateur lancée.', 'Fournisseur intégré et ateliers de conception tenus.', 'Migration à blanc terminée avec 98 % de qualité.', 'Dossier de sécurité validé par le RSSI.', 'Utilisateurs pilotes formés ; retours positifs.', 'Retard de l’interface absorbé par une replanification.'],
  nl: ['Sprintdoelen gehaald; gebruikersacceptatietest gestart.', 'Leverancier ingewerkt en ontwerpsessies gehouden.', 'Proefmigratie afgerond met 98 % datakwaliteit.', 'Beveiligingsplan goedgekeurd door de CISO.', 'Pilotgebruikers opgeleid; reacties positief.', 'Vertraging in de koppeling opgevangen door herplanning.'],
  it: ['Obiettivi dello sprint raggiunti; collaudo utente avviato.', 'Fornitore inserito e workshop di progettazione svolti.', 'Migrazione di prova completata con qualità del 98 %.', 'Piano di sicurezza approvato dal CISO.', 'Utenti pilota formati; riscontri positivi.', 'Ritardo dell’interfaccia assorbito con una ripianificazione.']
};

export const NEXT_STEPS: Texts = {
  en: ['Finish user acceptance tests.', 'Prepare the gate review.', 'Start training of all users.', 'Run the second migration trial.', 'Sign the operating agreement.', 'Plan the hypercare period.'],
  de: ['Abnahmetests abschließen.', 'Gate-Review vorbereiten.', 'Schulung aller Anwender starten.', 'Zweite Probemigration durchführen.', 'Betriebsvereinbarung unterzeichnen.', 'Hypercare-Phase planen.'],
  fr: ['Terminer la recette utilisateur.', 'Préparer la revue de jalon.', 'Lancer la formation de tous les utilisateurs.', 'Réaliser la deuxième migration à blanc.', 'Signer la convention d’exploitation.', 'Planifier la période d’accompagnement renforcé.'],
  nl: ['Gebruikersacceptatietest afronden.', 'Gate-review voorbereiden.', 'Opleiding van alle gebruikers starten.', 'Tweede proefmigratie uitvoeren.', 'Beheerovereenkomst ondertekenen.', 'Nazorgperiode plannen.'],
  it: ['Completare il collaudo utente.', 'Preparare la revisione del gate.', 'Avviare la formazione di tutti gli utenti.', 'Eseguire la seconda migrazione di prova.', 'Firmare l’accordo di esercizio.', 'Pianificare il periodo di hypercare.']
};

/** Milestone names: mandate, business case, requirements, tender, pilot, go-live, closure. */
export const MILESTONES: Texts = {
  en: ['Project mandate approved', 'Business case approved', 'Requirements signed off', 'Contract awarded', 'Pilot live', 'Go-live', 'Project closed'],
  de: ['Projektauftrag freigegeben', 'Business Case freigegeben', 'Anforderungen abgenommen', 'Zuschlag erteilt', 'Pilotbetrieb gestartet', 'Produktivstart', 'Projekt abgeschlossen'],
  fr: ['Lettre de mission validée', 'Étude d’opportunité validée', 'Exigences validées', 'Marché attribué', 'Pilote en service', 'Mise en production', 'Projet clôturé'],
  nl: ['Projectopdracht goedgekeurd', 'Business case goedgekeurd', 'Eisen vastgesteld', 'Opdracht gegund', 'Pilot live', 'Livegang', 'Project afgesloten'],
  it: ['Mandato di progetto approvato', 'Business case approvato', 'Requisiti approvati', 'Contratto aggiudicato', 'Pilota avviato', 'Avvio in produzione', 'Progetto chiuso']
};

export const DECISION_REASONS: Texts = {
  en: ['High strategic fit and a sound business case.', 'Overlaps with a running project; merge the scope there.', 'No capacity in the next two quarters; re-submit in spring.'],
  de: ['Hoher strategischer Beitrag und belastbarer Business Case.', 'Überschneidung mit einem laufenden Projekt; Umfang dort aufnehmen.', 'Keine Kapazität in den nächsten zwei Quartalen; im Frühjahr erneut einreichen.'],
  fr: ['Forte contribution stratégique et étude d’opportunité solide.', 'Recouvre un projet en cours ; intégrer le périmètre à ce projet.', 'Pas de capacité sur les deux prochains trimestres ; à représenter au printemps.'],
  nl: ['Sterke strategische bijdrage en een solide business case.', 'Overlapt met een lopend project; scope daar opnemen.', 'Geen capaciteit in de komende twee kwartalen; in het voorjaar opnieuw indienen.'],
  it: ['Forte contributo strategico e business case solido.', 'Si sovrappone a un progetto in corso; integrare il perimetro lì.', 'Nessuna capacità nei prossimi due trimestri; ripresentare in primavera.']
};

export const SCORE_COMMENTS: Texts = {
  en: ['Clear benefit for citizens.', 'Costs look optimistic.', 'Strong link to the NIS2 objective.', 'Depends on the ERP migration.'],
  de: ['Klarer Nutzen für Bürger.', 'Kosten wirken optimistisch.', 'Starker Bezug zum NIS2-Ziel.', 'Abhängig von der ERP-Migration.'],
  fr: ['Bénéfice clair pour les usagers.', 'Les coûts semblent optimistes.', 'Lien fort avec l’objectif NIS2.', 'Dépend de la migration du progiciel.'],
  nl: ['Duidelijk voordeel voor inwoners.', 'Kosten lijken optimistisch.', 'Sterke relatie met het NIS2-doel.', 'Afhankelijk van de ERP-migratie.'],
  it: ['Beneficio chiaro per i cittadini.', 'I costi sembrano ottimistici.', 'Forte legame con l’obiettivo NIS2.', 'Dipende dalla migrazione ERP.']
};
