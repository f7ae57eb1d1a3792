import { defineMessages } from '../define';
import type { Params } from '../define';

const n = (p: Params, key: string) => Number(p[key] ?? 0);

export default defineMessages({
	fr: {
		nav: {
			login: 'Se connecter',
			signup: 'Créer un compte',
			logout: 'Se déconnecter',
			account: 'Mon compte',
			organisations: 'Mes structures',
			userMenu: 'Compte de {name}',
			orgMenu: 'Structure : {name}',
			noOrg: 'Choisir une structure',
			switchOrg: 'Changer de structure',
			allOrgs: 'Toutes mes structures',
			orgHome: 'Accueil de la structure',
			demo: 'Démo'
		},
		roles: {
			owner: 'propriétaire',
			editor: 'éditeur·rice',
			viewer: 'lecteur·rice',
			help: {
				owner: 'tout, y compris les membres et la suppression',
				editor: 'crée et modifie les diagnostics',
				viewer: 'consulte seulement'
			}
		},
		kinds: {
			company: 'Compagnie, ensemble, groupe',
			venue: 'Lieu',
			network: 'Réseau'
		},
		errors: {
			emailInvalid: 'Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.',
			emailTaken: 'Un compte existe déjà avec cette adresse. Connectez-vous plutôt.',
			passwordTooShort: (p: Params) => `Le mot de passe doit compter au moins ${n(p, 'min')} caractères.`,
			passwordTooLong: (p: Params) => `Le mot de passe doit compter au plus ${n(p, 'max')} caractères.`,
			tooLong: (p: Params) => `${n(p, 'max')} caractères au plus.`,
			kindInvalid: 'Choisissez un type de structure.',
			roleInvalid: 'Choisissez un rôle.',
			currentPasswordWrong: 'Ce n’est pas votre mot de passe actuel.',
			loginFailed: 'Adresse e-mail ou mot de passe incorrect.',
			rateLimited: (p: Params) => {
				const m = n(p, 'minutes');
				return `Trop de tentatives. Réessayez dans ${m} minute${m > 1 ? 's' : ''}.`;
			}
		},
		signup: {
			title: 'Créer un compte',
			lead: 'Un compte vous permet de créer votre structure et d’y inviter votre équipe.',
			displayName: 'Votre nom',
			displayNameHint: 'Tel que vos collègues le verront.',
			email: 'Adresse e-mail',
			password: 'Mot de passe',
			passwordHint: (p: Params) =>
				`Au moins ${n(p, 'min')} caractères. Une phrase facile à retenir fait un bon mot de passe.`,
			submit: 'Créer mon compte',
			haveAccount: 'Vous avez déjà un compte ?',
			loginLink: 'Se connecter'
		},
		login: {
			title: 'Se connecter',
			email: 'Adresse e-mail',
			password: 'Mot de passe',
			submit: 'Se connecter',
			noAccount: 'Pas encore de compte ?',
			signupLink: 'Créer un compte',
			loggedOut: 'Vous êtes déconnecté·e.',
			forgotLink: 'Mot de passe oublié ?'
		},
		inbox: {
			title: 'Vérifiez votre boîte',
			lead: 'Vérifiez votre boîte : nous vous avons envoyé un lien.',
			body: 'Suivez le lien du message pour continuer. Rien reçu après quelques minutes ? Regardez dans les indésirables, ou recommencez.'
		},
		confirm: {
			title: 'Activer votre compte',
			lead: 'Dernière étape : activez votre compte pour vous connecter.',
			submit: 'Activer mon compte',
			invalid:
				'Ce lien a expiré ou a déjà servi. Recommencez l’inscription, ou connectez-vous si votre compte est déjà actif.',
			taken: 'Un compte existe déjà pour cette adresse. Connectez-vous.'
		},
		forgot: {
			title: 'Mot de passe oublié',
			lead: 'Indiquez votre adresse : nous vous enverrons un lien pour choisir un nouveau mot de passe.',
			email: 'Adresse e-mail',
			submit: 'Recevoir un lien'
		},
		reset: {
			title: 'Choisir un nouveau mot de passe',
			lead: 'Toutes vos sessions ouvertes seront fermées.',
			password: 'Nouveau mot de passe',
			submit: 'Enregistrer et me connecter',
			invalid: 'Ce lien a expiré ou a déjà servi. Demandez-en un nouveau.',
			again: 'Demander un nouveau lien'
		},
		mail: {
			confirm: {
				subject: 'Empreinte : confirmez votre adresse',
				body: (p: Params) =>
					`Bonjour ${p.name},\n\nPour activer votre compte Empreinte, suivez ce lien (valable ${n(p, 'hours')} heures, une seule fois) :\n\n${p.link}\n\nSi vous n’avez rien demandé, ignorez ce message : aucun compte ne sera créé.\n`
			},
			existing: {
				subject: 'Empreinte : vous avez déjà un compte',
				body: (p: Params) =>
					`Bonjour,\n\nQuelqu’un (vous, sans doute) a voulu créer un compte Empreinte avec cette adresse, qui en a déjà un.\n\nPour vous connecter : ${p.login}\n\nMot de passe oublié ? Choisissez-en un nouveau avec ce lien (valable ${n(p, 'hours')} heure${n(p, 'hours') > 1 ? 's' : ''}, une seule fois) :\n${p.reset}\n\nSi vous n’avez rien demandé, ignorez ce message : rien n’a changé.\n`
			},
			reset: {
				subject: 'Empreinte : choisir un nouveau mot de passe',
				body: (p: Params) =>
					`Bonjour,\n\nPour choisir un nouveau mot de passe, suivez ce lien (valable ${n(p, 'hours')} heure${n(p, 'hours') > 1 ? 's' : ''}, une seule fois) :\n\n${p.link}\n\nSi vous n’avez rien demandé, ignorez ce message : votre mot de passe reste le même.\n`
			},
			noAccount: {
				subject: 'Empreinte : aucun compte à cette adresse',
				body: (p: Params) =>
					`Bonjour,\n\nQuelqu’un a demandé un nouveau mot de passe Empreinte pour cette adresse, mais elle n’a pas de compte.\n\nPour en créer un : ${p.signup}\n\nSi vous n’avez rien demandé, ignorez ce message.\n`
			}
		},
		account: {
			title: 'Mon compte',
			profile: 'Profil',
			displayName: 'Nom',
			email: 'Adresse e-mail',
			password: {
				title: 'Changer de mot de passe',
				current: 'Mot de passe actuel',
				next: 'Nouveau mot de passe',
				hint: (p: Params) => `Au moins ${n(p, 'min')} caractères. Vos autres appareils seront déconnectés.`,
				submit: 'Changer le mot de passe',
				changed: 'Mot de passe changé. Vos sessions sur les autres appareils ont été fermées.'
			},
			delete: {
				title: 'Supprimer mon compte',
				intro:
					'La suppression est définitive : votre compte, vos sessions et vos adhésions aux structures disparaissent.',
				rule: 'Une structure garde toujours au moins un·e propriétaire. Si vous êtes le ou la seule propriétaire d’une structure qui a d’autres membres, transmettez d’abord ce rôle (page Membres) ou supprimez la structure (page Paramètres). Les structures dont vous êtes le seul membre sont supprimées avec votre compte, avec toutes leurs données.',
				blocked:
					'Impossible pour l’instant : vous êtes seul·e propriétaire de structures qui ont d’autres membres.',
				blockingList: 'Transmettez la propriété ou supprimez d’abord :',
				deletedList: 'Seront supprimées avec votre compte, avec toutes leurs données :',
				nothingOwned: 'Aucune structure ne sera supprimée.',
				confirm: 'J’ai compris : supprimer mon compte et les structures listées ci-dessus.',
				confirmRequired: 'Cochez la case pour confirmer.',
				password: 'Votre mot de passe, pour confirmer',
				submit: 'Supprimer définitivement mon compte',
				done: 'Votre compte a été supprimé.'
			}
		},
		orgs: {
			title: 'Mes structures',
			intro:
				'Chaque structure garde ses données pour elle : seules les personnes que vous y invitez les voient.',
			empty:
				'Vous n’appartenez encore à aucune structure. Créez la vôtre, ou rejoignez-en une avec un code d’invitation.',
			role: 'Votre rôle : {role}',
			create: {
				title: 'Créer une structure',
				name: 'Nom',
				nameHint: 'Par exemple « Compagnie du Sillon ».',
				kind: 'Type',
				submit: 'Créer la structure',
				ownerNote: 'Vous en serez propriétaire.'
			},
			join: {
				title: 'Rejoindre une structure',
				code: 'Code d’invitation',
				codeHint: 'Le code ou le lien que vous a transmis un·e propriétaire.',
				submit: 'Continuer'
			}
		},
		org: {
			kind: 'Type',
			yourRole: 'Votre rôle',
			sections: 'Rubriques',
			productions: 'Spectacles et tournées',
			productionsText: 'Saisir un spectacle, sa tournée, et calculer son empreinte.',
			members: 'Membres',
			membersText: 'Qui a accès à cette structure, et avec quel rôle.',
			settings: 'Paramètres',
			settingsText: 'Renommer ou supprimer la structure.',
			demoBanner:
				'Espace de démonstration : données fictives, en lecture seule. Créez un compte pour saisir vos propres tournées.',
			anonymousRole: 'visiteur·se (lecture seule)'
		},
		members: {
			title: 'Membres',
			caption: 'Membres de {org}',
			name: 'Nom',
			email: 'E-mail',
			role: 'Rôle',
			actions: 'Actions',
			you: '(vous)',
			learner: 'participant·e à une formation (pas d’e-mail)',
			changeRole: 'Changer le rôle de {name}',
			applyRole: 'Appliquer',
			remove: 'Retirer',
			removeLabel: 'Retirer {name} de la structure',
			leave: 'Quitter la structure',
			leaveText: 'Vous perdrez l’accès à ses données.',
			lastOwner: 'Une structure doit garder au moins un·e propriétaire : nommez-en un·e autre d’abord.',
			roleChanged: 'Rôle modifié.',
			removed: 'Membre retiré·e.',
			ownersOnly: 'Seul·es les propriétaires invitent et gèrent les membres.',
			invite: {
				title: 'Inviter quelqu’un',
				intro: (p: Params) =>
					`Créez une invitation à usage unique, valable ${n(p, 'days')} jours, et transmettez le lien ou le code à la personne invitée. Elle devra avoir un compte.`,
				role: 'Rôle donné',
				submit: 'Créer l’invitation',
				created: 'Invitation créée. Copiez-la maintenant : elle ne sera plus affichée.',
				link: 'Lien',
				code: 'Code',
				expires: 'Expire le {date}'
			},
			pending: {
				title: 'Invitations en attente',
				none: 'Aucune invitation en attente.',
				caption: 'Invitations en attente',
				created: 'Créée le',
				expires: 'Expire le',
				revoke: 'Annuler',
				revokeLabel: 'Annuler l’invitation {role} créée le {date}',
				revoked: 'Invitation annulée.'
			}
		},
		settings: {
			title: 'Paramètres',
			rename: {
				title: 'Nom de la structure',
				name: 'Nom',
				submit: 'Renommer',
				done: 'Structure renommée.',
				slugNote: 'L’adresse de la structure (/o/{slug}) ne change pas.'
			},
			delete: {
				title: 'Supprimer la structure',
				warning:
					'La suppression est définitive : spectacles, tournées, diagnostics, membres et invitations de cette structure seront effacés.',
				confirmLabel: 'Pour confirmer, saisissez l’identifiant de la structure : {slug}',
				confirmMismatch: 'Ce n’est pas l’identifiant de la structure.',
				submit: 'Supprimer définitivement la structure'
			}
		},
		invite: {
			title: 'Invitation',
			intro: 'Vous êtes invité·e à rejoindre « {org} » avec le rôle {role}.',
			expires: 'Cette invitation expire le {date}.',
			accept: 'Rejoindre la structure',
			invalid:
				'Cette invitation n’est pas valable : elle a peut-être déjà servi, expiré ou été annulée. Demandez-en une nouvelle à un·e propriétaire de la structure.',
			alreadyMember: 'Vous êtes déjà membre de cette structure.',
			open: 'Ouvrir la structure',
			enterCode: 'Saisir un code d’invitation',
			codeLabel: 'Code d’invitation',
			submit: 'Continuer'
		},
		demo: {
			title: 'Essayer la démo'
		}
	},
	en: {
		nav: {
			login: 'Log in',
			signup: 'Sign up',
			logout: 'Log out',
			account: 'My account',
			organisations: 'My organisations',
			userMenu: 'Account of {name}',
			orgMenu: 'Organisation: {name}',
			noOrg: 'Choose an organisation',
			switchOrg: 'Switch organisation',
			allOrgs: 'All my organisations',
			orgHome: 'Organisation home',
			demo: 'Demo'
		},
		roles: {
			owner: 'owner',
			editor: 'editor',
			viewer: 'viewer',
			help: {
				owner: 'everything, including members and deletion',
				editor: 'creates and edits diagnostics',
				viewer: 'reads only'
			}
		},
		kinds: {
			company: 'Company, ensemble, band',
			venue: 'Venue',
			network: 'Network'
		},
		errors: {
			emailInvalid: 'Enter a valid e-mail address, such as name@example.org.',
			emailTaken: 'An account already exists with this address. Log in instead.',
			passwordTooShort: (p: Params) => `The password must have at least ${n(p, 'min')} characters.`,
			passwordTooLong: (p: Params) => `The password must have at most ${n(p, 'max')} characters.`,
			tooLong: (p: Params) => `${n(p, 'max')} characters at most.`,
			kindInvalid: 'Choose a kind of organisation.',
			roleInvalid: 'Choose a role.',
			currentPasswordWrong: 'This is not your current password.',
			loginFailed: 'Wrong e-mail address or password.',
			rateLimited: (p: Params) => {
				const m = n(p, 'minutes');
				return `Too many attempts. Try again in ${m} minute${m > 1 ? 's' : ''}.`;
			}
		},
		signup: {
			title: 'Sign up',
			lead: 'An account lets you create your organisation and invite your team.',
			displayName: 'Your name',
			displayNameHint: 'As your colleagues will see it.',
			email: 'E-mail address',
			password: 'Password',
			passwordHint: (p: Params) =>
				`At least ${n(p, 'min')} characters. A sentence you can remember makes a good password.`,
			submit: 'Create my account',
			haveAccount: 'Already have an account?',
			loginLink: 'Log in'
		},
		login: {
			title: 'Log in',
			email: 'E-mail address',
			password: 'Password',
			submit: 'Log in',
			noAccount: 'No account yet?',
			signupLink: 'Sign up',
			loggedOut: 'You are logged out.',
			forgotLink: 'Forgot your password?'
		},
		inbox: {
			title: 'Check your inbox',
			lead: 'Check your inbox: we have sent you a link.',
			body: 'Follow the link in the message to go on. Nothing after a few minutes? Look in your spam folder, or start again.'
		},
		confirm: {
			title: 'Activate your account',
			lead: 'Last step: activate your account to log in.',
			submit: 'Activate my account',
			invalid:
				'This link has expired or has been used. Sign up again, or log in if your account is already active.',
			taken: 'An account already exists for this address. Log in.'
		},
		forgot: {
			title: 'Forgot your password',
			lead: 'Give your address: we will send you a link to choose a new password.',
			email: 'E-mail address',
			submit: 'Send me a link'
		},
		reset: {
			title: 'Choose a new password',
			lead: 'Every open session of yours will be closed.',
			password: 'New password',
			submit: 'Save and log in',
			invalid: 'This link has expired or has been used. Ask for a new one.',
			again: 'Ask for a new link'
		},
		mail: {
			confirm: {
				subject: 'Empreinte: confirm your address',
				body: (p: Params) =>
					`Hello ${p.name},\n\nTo activate your Empreinte account, follow this link (valid ${n(p, 'hours')} hours, once):\n\n${p.link}\n\nIf you did not ask for this, ignore this message: no account will be created.\n`
			},
			existing: {
				subject: 'Empreinte: you already have an account',
				body: (p: Params) =>
					`Hello,\n\nSomeone (you, probably) tried to create an Empreinte account with this address, which already has one.\n\nTo log in: ${p.login}\n\nForgot your password? Choose a new one with this link (valid ${n(p, 'hours')} hour${n(p, 'hours') > 1 ? 's' : ''}, once):\n${p.reset}\n\nIf you did not ask for this, ignore this message: nothing has changed.\n`
			},
			reset: {
				subject: 'Empreinte: choose a new password',
				body: (p: Params) =>
					`Hello,\n\nTo choose a new password, follow this link (valid ${n(p, 'hours')} hour${n(p, 'hours') > 1 ? 's' : ''}, once):\n\n${p.link}\n\nIf you did not ask for this, ignore this message: your password stays the same.\n`
			},
			noAccount: {
				subject: 'Empreinte: no account at this address',
				body: (p: Params) =>
					`Hello,\n\nSomeone asked for a new Empreinte password for this address, but it has no account.\n\nTo create one: ${p.signup}\n\nIf you did not ask for this, ignore this message.\n`
			}
		},
		account: {
			title: 'My account',
			profile: 'Profile',
			displayName: 'Name',
			email: 'E-mail address',
			password: {
				title: 'Change password',
				current: 'Current password',
				next: 'New password',
				hint: (p: Params) => `At least ${n(p, 'min')} characters. Your other devices will be logged out.`,
				submit: 'Change password',
				changed: 'Password changed. Your sessions on other devices were closed.'
			},
			delete: {
				title: 'Delete my account',
				intro:
					'Deletion is final: your account, your sessions and your memberships of organisations are removed.',
				rule: 'An organisation always keeps at least one owner. If you are the only owner of an organisation that has other members, hand that role over first (Members page) or delete the organisation (Settings page). Organisations of which you are the only member are deleted with your account, with all their data.',
				blocked: 'Not possible yet: you are the only owner of organisations that have other members.',
				blockingList: 'Hand ownership over or delete first:',
				deletedList: 'Will be deleted with your account, with all their data:',
				nothingOwned: 'No organisation will be deleted.',
				confirm: 'I understand: delete my account and the organisations listed above.',
				confirmRequired: 'Tick the box to confirm.',
				password: 'Your password, to confirm',
				submit: 'Delete my account for good',
				done: 'Your account was deleted.'
			}
		},
		orgs: {
			title: 'My organisations',
			intro: 'Each organisation keeps its data to itself: only the people you invite see it.',
			empty: 'You do not belong to any organisation yet. Create yours, or join one with an invitation code.',
			role: 'Your role: {role}',
			create: {
				title: 'Create an organisation',
				name: 'Name',
				nameHint: 'For example “Compagnie du Sillon”.',
				kind: 'Kind',
				submit: 'Create the organisation',
				ownerNote: 'You will be its owner.'
			},
			join: {
				title: 'Join an organisation',
				code: 'Invitation code',
				codeHint: 'The code or link an owner sent you.',
				submit: 'Continue'
			}
		},
		org: {
			kind: 'Kind',
			yourRole: 'Your role',
			sections: 'Sections',
			productions: 'Productions and tours',
			productionsText: 'Enter a production, its tour, and compute its footprint.',
			members: 'Members',
			membersText: 'Who has access to this organisation, and with which role.',
			settings: 'Settings',
			settingsText: 'Rename or delete the organisation.',
			demoBanner: 'Demo workspace: fictional data, read-only. Sign up to enter your own tours.',
			anonymousRole: 'visitor (read-only)'
		},
		members: {
			title: 'Members',
			caption: 'Members of {org}',
			name: 'Name',
			email: 'E-mail',
			role: 'Role',
			actions: 'Actions',
			you: '(you)',
			learner: 'training participant (no e-mail)',
			changeRole: 'Change the role of {name}',
			applyRole: 'Apply',
			remove: 'Remove',
			removeLabel: 'Remove {name} from the organisation',
			leave: 'Leave the organisation',
			leaveText: 'You will lose access to its data.',
			lastOwner: 'An organisation must keep at least one owner: make someone else owner first.',
			roleChanged: 'Role changed.',
			removed: 'Member removed.',
			ownersOnly: 'Only owners invite and manage members.',
			invite: {
				title: 'Invite someone',
				intro: (p: Params) =>
					`Create a single-use invitation, valid for ${n(p, 'days')} days, and send the link or the code to the person you invite. They will need an account.`,
				role: 'Role given',
				submit: 'Create the invitation',
				created: 'Invitation created. Copy it now: it will not be shown again.',
				link: 'Link',
				code: 'Code',
				expires: 'Expires on {date}'
			},
			pending: {
				title: 'Pending invitations',
				none: 'No pending invitation.',
				caption: 'Pending invitations',
				created: 'Created on',
				expires: 'Expires on',
				revoke: 'Withdraw',
				revokeLabel: 'Withdraw the {role} invitation created on {date}',
				revoked: 'Invitation withdrawn.'
			}
		},
		settings: {
			title: 'Settings',
			rename: {
				title: 'Name of the organisation',
				name: 'Name',
				submit: 'Rename',
				done: 'Organisation renamed.',
				slugNote: 'The address of the organisation (/o/{slug}) does not change.'
			},
			delete: {
				title: 'Delete the organisation',
				warning:
					'Deletion is final: the productions, tours, diagnostics, members and invitations of this organisation will be erased.',
				confirmLabel: 'To confirm, type the identifier of the organisation: {slug}',
				confirmMismatch: 'This is not the identifier of the organisation.',
				submit: 'Delete the organisation for good'
			}
		},
		invite: {
			title: 'Invitation',
			intro: 'You are invited to join “{org}” with the role {role}.',
			expires: 'This invitation expires on {date}.',
			accept: 'Join the organisation',
			invalid:
				'This invitation is not valid: it may have been used, have expired or been withdrawn. Ask an owner of the organisation for a new one.',
			alreadyMember: 'You are already a member of this organisation.',
			open: 'Open the organisation',
			enterCode: 'Enter an invitation code',
			codeLabel: 'Invitation code',
			submit: 'Continue'
		},
		demo: {
			title: 'Try the demo'
		}
	}
});
